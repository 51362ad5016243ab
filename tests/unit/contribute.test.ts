import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData, diskReader } from '../../src/lib/data/load.ts';
import { formatIssue } from '../../src/lib/data/issues.ts';
import { describe as describeStudy, slug } from '../../src/lib/contribute/plan.ts';
import { FIXTURES, GOOD } from '../fixtures/overlay.ts';

const SCRIPT = path.resolve('scripts/new-study.ts');
let dir: string;

/** A data folder (the good fixture) and a content folder with pages for its two studies. */
function workspace(): { data: string; content: string } {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-new-study-'));
  const data = path.join(dir, 'data');
  const content = path.join(dir, 'content');
  cpSync(GOOD, data, { recursive: true });
  mkdirSync(path.join(content, 'studies'), { recursive: true });
  for (const id of ['iop-winding-down', 'copro']) {
    writeFileSync(path.join(content, 'studies', `${id}.mdx`), `---\nstudy: ${id}\ndescription: A fixture page for the study, long enough to pass the description rule.\nsummarySources: [rcn-314525-en]\n---\n\nFixture.\n`);
  }
  return { data, content };
}

const run = (args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const issues = (ws: { data: string; content: string }) => checkData(diskReader(ws.data), { content: diskReader(ws.content), today: '2026-11-26' }).map(formatIssue);

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new:study', () => {
  it('explains itself with --help', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-new-study-'));
    const help = run(['--help']);
    expect(help).toContain('npm run new:study -- --from <folder or sheet.json>');
    expect(help).toContain('--country <SE|NO|DK|DE|GB>');
  });

  it('refuses a bad answer with a plain message', () => {
    const ws = workspace();
    expect(() => run(['--id', 'Bad Id', '--title', 'T', '--country', 'SE', '--type', 'project', '--url', 'https://example.org/', '--data', ws.data, '--content', ws.content])).toThrow(/is not an id: use lower-case letters/);
    expect(() => run(['--id', 'ok-id', '--title', 'T', '--country', 'UK', '--type', 'project', '--url', 'https://example.org/', '--data', ws.data, '--content', ws.content])).toThrow(/"UK" is not one of SE, NO, DK, DE, GB/);
  });

  it('starts a study whose every missing field check:data names, and which it accepts once filled', () => {
    const ws = workspace();
    const out = run(['--id', 'medsam-example', '--title', 'Models for citizen co-creation', '--country', 'NO', '--type', 'project', '--url', 'https://example.org/medsam', '--data', ws.data, '--content', ws.content]);
    expect(out).toContain('✓ Added 1 study (medsam-example)');

    // Unfilled: each field to fill is named, with its file and place.
    const open = issues(ws);
    const named = (file: string, column: string) => open.some((m) => m.startsWith(file) && m.includes(`column "${column}"`));
    expect(named('data/sources.csv', 'publisher'), open.join('\n')).toBe(true);
    expect(named('data/sources.csv', 'title')).toBe(true);
    expect(named('data/sources.csv', 'lang')).toBe(true);
    expect(named('data/studies.json', 'titleEn[0].sources[0].quote')).toBe(true);
    expect(named('data/studies.json', 'countries[0].sources[0].quote')).toBe(true);
    expect(named('content/studies/medsam-example.mdx', 'description')).toBe(true);

    // Filled in as a contributor would: the page's text, its publisher, title and language, the passages, the summary.
    const page = path.join(ws.data, 'provenance/pages/medsam-example/medsam-example-page-1.txt');
    writeFileSync(
      page,
      readFileSync(page, 'utf8')
        .replace('publisher: ', 'publisher: Example Research Institute')
        .replace('title: ', 'title: Models for citizen co-creation')
        .replace('lang: ', 'lang: en')
        .replace(/---\n[\s\S]*$/, '---\nModels for citizen co-creation\nA project in Norway on how municipalities co-create welfare services with citizens and voluntary organisations.\n'),
    );
    const sources = path.join(ws.data, 'sources.csv');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('https://example.org/medsam,,,,', 'https://example.org/medsam,Example Research Institute,Models for citizen co-creation,en,'));
    const studies = JSON.parse(readFileSync(path.join(ws.data, 'studies.json'), 'utf8'));
    const study = studies.studies.find((s: { id: string }) => s.id === 'medsam-example');
    study.titleEn[0].sources[0].quote = 'Models for citizen co-creation';
    study.countries[0].sources[0].quote = 'A project in Norway';
    writeFileSync(path.join(ws.data, 'studies.json'), JSON.stringify(studies, null, 2));
    const mdx = path.join(ws.content, 'studies/medsam-example.mdx');
    writeFileSync(
      mdx,
      readFileSync(mdx, 'utf8')
        .replace('description: ""', 'description: "A Norwegian project on how municipalities co-create welfare services with citizens and voluntary organisations."')
        .replace(/\{\/\*[\s\S]*\*\/\}/, 'The project looks at how municipalities co-create welfare services with citizens and voluntary organisations.<Ref id="medsam-example-page-1" quote="how municipalities co-create welfare services with citizens and voluntary organisations" />'),
    );
    expect(issues(ws)).toEqual([]);
  });

  it('adds a study from a study sheet: sources, claims, roles, findings, passages and page, valid at once', () => {
    const ws = workspace();
    const out = run(['--from', path.join(FIXTURES, 'sheet'), '--data', ws.data, '--content', ws.content]);
    // The funder exists already (by its English name) and is reused.
    expect(out).toContain('✓ Added 1 study (sheet-example), 1 source, 0 organisations, 1 role, 1 finding, 2 passages, 2 files');
    expect(issues(ws)).toEqual([]);
    expect(readFileSync(path.join(ws.data, 'provenance/pages/sheet/example-project.txt'), 'utf8')).toContain('Awarded: NOK 12.0 mill.');
    const study = JSON.parse(readFileSync(path.join(ws.data, 'studies.json'), 'utf8')).studies.at(-1);
    expect(study.sectors[0]).toMatchObject({ value: 'elderly-care', basis: 'mapping' });
    expect(readFileSync(path.join(ws.data, 'roles.csv'), 'utf8')).toContain('The atlas’s inference: The page is the Research Council');
    // Twice is refused: ids never collide and files are never overwritten.
    expect(() => run(['--from', path.join(FIXTURES, 'sheet'), '--data', ws.data, '--content', ws.content])).toThrow(/exists already/);
  });

  it('refuses a sheet whose fields are wrong, naming the study and the field', () => {
    const ws = workspace();
    const bad = path.join(dir, 'bad-sheet');
    cpSync(path.join(FIXTURES, 'sheet'), bad, { recursive: true });
    const sheet = JSON.parse(readFileSync(path.join(bad, 'sheet.json'), 'utf8'));
    sheet.findings[0].themes = ['friendship'];
    writeFileSync(path.join(bad, 'sheet.json'), JSON.stringify(sheet));
    expect(() => run(['--from', bad, '--data', ws.data, '--content', ws.content])).toThrow(/study "sheet-example", field findings\.0\.themes\.0: a theme: one of motives/);
  });
});

describe('study sheet helpers', () => {
  it('makes ids from names in any of the atlas’s languages', () => {
    expect(slug('Bräcke diakoni')).toBe('bracke-diakoni');
    expect(slug('Københavns Kommune')).toBe('kobenhavns-kommune');
    expect(slug('Straße & Söhne')).toBe('strasse-sohne');
  });
  it('derives a 50–160 character description from the summary', () => {
    const d = describeStudy('Short. Then a second sentence that makes it long enough to describe the study well.', 'Label');
    expect(d.length).toBeGreaterThanOrEqual(50);
    expect(d.length).toBeLessThanOrEqual(160);
  });
});
