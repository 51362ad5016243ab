import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCharts } from '../../src/lib/site-charts.ts';
import { renderSvg } from '../../src/lib/charts/render.ts';
import { WIDTHS, type ChartWidth } from '../../src/lib/charts/palette.ts';
import { getAtlas } from '../../src/lib/data/load.ts';

/*
 * Every chart of the site, rendered at both widths and saved under
 * tests/charts/__snapshots__/ — a gallery to look at and a guard: a change to a
 * chart's data or encoding changes its SVG and fails here until the snapshot is
 * reviewed and updated (`npx vitest run tests/charts -u`).
 */
// Pair pages all use one builder: one representative pair (Norway–Germany) stands for them.
const charts = [...siteCharts(getAtlas()).values()].filter((c) => !c.id.startsWith('compare-') || c.id.startsWith('compare-no-de-'));

// Taken before any test runs: toMatchFileSnapshot writes a missing snapshot and passes (outside CI),
// so a deleted snapshot would otherwise go unnoticed.
const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__');
const missing = charts.flatMap((c) => [...Object.keys(WIDTHS).map((w) => `${c.id}.${w}.svg`), `${c.id}.json`]).filter((f) => !existsSync(path.join(SNAPSHOTS, f)));

it('every chart has its committed snapshots (a missing one fails, unless updating with -u)', () => {
  const mode = (expect.getState().snapshotState as unknown as { _updateSnapshot?: string })._updateSnapshot;
  if (mode === 'all') return;
  expect(missing, 'Snapshots are missing: run `npx vitest run tests/charts -u`, review the new files and commit them.').toEqual([]);
});

describe.each(charts)('chart $id', (spec) => {
  it.each(Object.keys(WIDTHS) as ChartWidth[])('renders the same SVG at %s width', async (width) => {
    const svg = renderSvg(spec.plot(width), { labelledBy: `${spec.id}-title`, describedBy: `${spec.id}-desc` });
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${spec.id}.${width}.svg`);
  });

  it('has the same texts and plotted rows', async () => {
    const { title, takeaway, description, rows, notes, sources, datasets } = spec;
    await expect(JSON.stringify({ title, takeaway, description, notes, sources, datasets, rows }, null, 2)).toMatchFileSnapshot(`__snapshots__/${spec.id}.json`);
  });
});
