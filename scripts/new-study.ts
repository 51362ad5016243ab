/**
 * Add a study to the atlas: its sources, facts, organisations and roles, findings, passages and page.
 *   npm run new:study -- --help
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { applyPlan, existingData } from './lib/contribute-write.ts';
import { planSheets, planSkeleton, type Answers, type Plan } from '../src/lib/contribute/plan.ts';
import { studySheet, type StudySheet } from '../src/lib/contribute/sheet.ts';
import { COUNTRIES, STUDY_TYPES } from '../src/schemas/vocab.ts';
import { id as idSchema, httpUrl } from '../src/schemas/fields.ts';

const HELP = `Add a study to the Co-production Atlas.

  npm run new:study
      Asks for the study's id, English title, country, type and the address of the first page you read,
      then creates its entry with every fact "not reported", an empty copy of that page to paste into, and
      its page content/studies/<id>.mdx. Run \`npm run check:data\` next: it names each field still to fill.

  npm run new:study -- --id <id> --title "<English title>" --country <${Object.keys(COUNTRIES).join('|')}> \\
      --type <${Object.keys(STUDY_TYPES).join('|')}> --url <address of the first page you read> [--label "<short name>"]
      The same, without questions.

  npm run new:study -- --from <folder or sheet.json>
      Adds one or more studies from a study sheet (sheet.json, one study or a list) and the copies of the
      pages it cites (pages/<file>.txt beside it). See CONTRIBUTING.md, "The study sheet".

Options:
  --data <dir>      data folder (default: data)
  --content <dir>   content folder (default: content)
  --folder <name>   where the page copies go: data/provenance/pages/<name>/ (default: the sheet's folder name)
  --dry-run         print what would be written, write nothing
  --help            this text
`;

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    title: { type: 'string' },
    country: { type: 'string' },
    type: { type: 'string' },
    url: { type: 'string' },
    label: { type: 'string' },
    from: { type: 'string' },
    data: { type: 'string', default: 'data' },
    content: { type: 'string', default: 'content' },
    folder: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const root = process.cwd();
const dataDir = path.resolve(root, values.data);
const contentDir = path.resolve(root, values.content);
const today = new Date().toISOString().slice(0, 10);
const existing = existingData(dataDir);

/** Check one answer the way the data will, so a typo is caught here rather than by check:data. */
function check(name: keyof Answers, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return name === 'label' ? undefined : `--${name} is needed`;
  const v = value.trim();
  if (name === 'id' && !idSchema.safeParse(v).success) return `--id: "${v}" is not an id: use lower-case letters, digits and single hyphens, e.g. "medsam"`;
  if (name === 'country' && !(v in COUNTRIES)) return `--country: "${v}" is not one of ${Object.keys(COUNTRIES).join(', ')}`;
  if (name === 'type' && !(v in STUDY_TYPES)) return `--type: "${v}" is not one of ${Object.keys(STUDY_TYPES).join(', ')}`;
  if (name === 'url' && !httpUrl.safeParse(v).success) return `--url: "${v}" is not an http:// or https:// address`;
  if (name === 'label' && (v.length < 3 || v.length > 30)) return '--label: a short name of 3–30 characters';
  return undefined;
}

const QUESTIONS: [keyof Answers, string][] = [
  ['id', 'Id of the study (lower-case letters, digits and hyphens; it becomes /studies/<id>/)'],
  ['title', 'English title (as the source gives it, or your translation)'],
  ['country', `Country of the fieldwork (${Object.keys(COUNTRIES).join(', ')})`],
  ['type', `Type (${Object.keys(STUDY_TYPES).join(', ')})`],
  ['url', 'Address of the first page you read about it'],
  ['label', 'Short name for charts, up to 30 characters (Enter to derive it from the title)'],
];

async function answers(): Promise<Answers> {
  const given = values as unknown as Record<string, string | undefined>;
  const missing = QUESTIONS.filter(([name]) => name !== 'label' && !given[name]);
  if (missing.length && !process.stdin.isTTY) fail(`${missing.map(([n]) => `--${n}`).join(', ')} missing. Give them as options, or run the command in a terminal to be asked. See --help.`);
  const rl = missing.length ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const out: Record<string, string | undefined> = {};
  for (const [name, question] of QUESTIONS) {
    let value = given[name];
    while (rl && value === undefined && (name !== 'label' || missing.length)) {
      value = (await rl.question(`${question}: `)).trim();
      const problem = check(name, value);
      if (problem) {
        console.log(`  ${problem.replace(/^--\w+: /, '')}`);
        value = undefined;
        if (name === 'label') break;
      }
    }
    const problem = check(name, value);
    if (problem && !(name === 'label' && !value)) fail(problem);
    out[name] = value?.trim() || undefined;
  }
  rl?.close();
  return out as unknown as Answers;
}

function readSheets(from: string): { sheets: StudySheet[]; pages: Map<string, string>; folder: string } {
  const full = path.resolve(root, from);
  if (!existsSync(full)) fail(`${from} does not exist.`);
  const file = statSync(full).isDirectory() ? path.join(full, 'sheet.json') : full;
  const base = path.dirname(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${path.relative(root, file)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = Array.isArray(raw) ? raw : [raw];
  const sheets: StudySheet[] = [];
  const problems: string[] = [];
  list.forEach((entry, i) => {
    const parsed = studySheet.safeParse(entry);
    const name = (entry as { id?: string })?.id ?? `#${i + 1}`;
    if (parsed.success) sheets.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`  - study "${name}", field ${issue.path.join('.') || '(the study)'}: ${issue.message}`);
  });
  if (problems.length) fail(`${path.relative(root, file)} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
  const pagesDir = path.join(base, 'pages');
  const pages = new Map<string, string>();
  if (existsSync(pagesDir)) for (const name of readdirSync(pagesDir)) if (name.endsWith('.txt')) pages.set(name, readFileSync(path.join(pagesDir, name), 'utf8'));
  return { sheets, pages, folder: values.folder ?? path.basename(base) };
}

function summary(plan: Plan): string {
  const r = plan.rows;
  return [
    `${plan.studies.length} stud${plan.studies.length === 1 ? 'y' : 'ies'} (${plan.studies.map((s) => s.id).join(', ')})`,
    `${r.sources.length} source${r.sources.length === 1 ? '' : 's'}`,
    `${r.organisations.length} organisation${r.organisations.length === 1 ? '' : 's'}`,
    `${r.roles.length} role${r.roles.length === 1 ? '' : 's'}`,
    `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`,
    `${r.passages.length} passage${r.passages.length === 1 ? '' : 's'}`,
    `${plan.files.length} file${plan.files.length === 1 ? '' : 's'}`,
  ].join(', ');
}

let plan: Plan;
try {
  if (values.from) {
    const { sheets, pages, folder } = readSheets(values.from);
    plan = planSheets(sheets, pages, folder, existing, today);
  } else {
    plan = planSkeleton(await answers(), existing, today);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (values['dry-run']) {
  console.log(`Would add ${summary(plan)}:`);
  for (const f of plan.files) console.log(`  + ${f.path}`);
  for (const note of plan.notes) console.log(`  · ${note}`);
  process.exit(0);
}
applyPlan(plan, { root, dataDir, contentDir });
console.log(`✓ Added ${summary(plan)}.`);
for (const f of plan.files) console.log(`  + ${f.path}`);
if (plan.notes.length) {
  console.log('Next:');
  for (const note of plan.notes) console.log(`  · ${note}`);
}
console.log('Then run `npm run check:data`; when it passes, `npm test`.');
