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
