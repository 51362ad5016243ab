import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A SYNTHETIC corpus for the scale benchmark: the real data and content, plus
 * `studies` invented studies with `findingsPerStudy` findings each. Every
 * invented row says SYNTHETIC and points to https://synthetic.invalid/, so it
 * can never pass for a fact. Written to a temporary folder, never to data/.
 */
export function writeSyntheticCorpus(dir: string, studies: number, findingsPerStudy = 10): { dataDir: string; contentDir: string } {
  const dataDir = path.join(dir, 'data');
  const contentDir = path.join(dir, 'content');
  cpSync(path.resolve('data'), dataDir, { recursive: true });
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  mkdirSync(path.join(dataDir, 'provenance', 'synthetic'), { recursive: true });
  writeFileSync(path.join(dataDir, 'provenance', 'synthetic', 'README.md'), 'SYNTHETIC benchmark corpus: invented rows for measuring build cost. Not data.\n');

  const countries = ['SE', 'NO', 'DK', 'DE'];
  const themes = ['motives', 'governance-contracts', 'formalisation-power', 'trust-based-governance', 'institutional-logics', 'values', 'quality-participation-democracy'];
  const sectors = ['elderly-care', 'drug-addiction-care', 'refugees-immigrants', 'health-social-care'];
  const sources: string[] = [];
  const findings: string[] = [];
  const roles: string[] = [];
  const json = JSON.parse(readFileSync(path.join(dataDir, 'studies.json'), 'utf8')) as { studies: unknown[] };
  const pad = (n: number) => String(n).padStart(5, '0');
  for (let i = 1; i <= studies; i++) {
    const id = `synthetic-${pad(i)}`;
    const source = `synthetic-source-${pad(i)}`;
    const country = countries[i % countries.length]!;
    sources.push(`${source},https://synthetic.invalid/study/${i},SYNTHETIC benchmark,SYNTHETIC source ${i},en,,,provenance/synthetic/README.md,Invented for the scale benchmark.`);
    roles.push(`${id},vinnova,funder,${source},SYNTHETIC`);
    const c = (value: unknown) => [{ value, sources: [source] }];
    json.studies.push({
      id,
      type: 'project',
      label: `Synthetic ${pad(i)}`,
      titleEn: c({ text: `SYNTHETIC study ${pad(i)} on co-production (benchmark data, not real)` }),
      titleOriginal: [],
      countries: c(country),
      leaders: [],
      programme: [],
      grantNumber: [],
      amount: c({ value: 1000 * i, currency: 'SEK' }),
      grantYear: [],
      start: c(String(2015 + (i % 9))),
      end: c(String(2016 + (i % 9))),
      status: [],
      sectors: c(sectors[i % sectors.length]),
      methods: c({ method: 'interviews', sampleN: 10 + (i % 40), sampleUnit: 'interviews' }),
      lenses: [],
      urls: c(`https://synthetic.invalid/study/${i}`),
      doi: [],
      publishedIn: [],
      authors: [],
      aims: c(`SYNTHETIC aims of benchmark study ${i}.`),
      context: [],
    });
    for (let j = 1; j <= findingsPerStudy; j++) {
      findings.push(`${id}-f${j},${id},SYNTHETIC finding ${j} of benchmark study ${i} about co-production and trust.,${themes[(i + j) % themes.length]},${country},${sectors[i % sectors.length]},project-summary,,${source},SYNTHETIC`);
    }
    writeFileSync(
      path.join(contentDir, 'studies', `${id}.mdx`),
      `---\nstudy: ${id}\ndescription: SYNTHETIC benchmark study ${pad(i)}, invented to measure how build cost grows; not real data.\nsummarySources: [${source}]\n---\n\nSYNTHETIC summary of an invented study, used only by the scale benchmark.\n`,
    );
  }
  const append = (file: string, lines: string[]) => writeFileSync(path.join(dataDir, file), `${readFileSync(path.join(dataDir, file), 'utf8')}${lines.join('\n')}\n`);
  append('sources.csv', sources);
  append('findings.csv', findings);
  append('roles.csv', roles);
  writeFileSync(path.join(dataDir, 'studies.json'), `${JSON.stringify(json, null, 2)}\n`);
  return { dataDir, contentDir };
}
