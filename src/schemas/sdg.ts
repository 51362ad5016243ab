import { z } from 'astro/zod';
import { cellList, cellOptional, cellRequired, cellText, httpUrl, id } from './fields.ts';

/** A goal ("3") or target ("3.5", "17.17") of the UN Sustainable Development Goals. */
export const sdgCode = z.string().regex(/^\d{1,2}(?:\.(?:\d{1,2}|[a-d]))?$/, { error: 'an SDG goal or target code such as 3, 3.5 or 17.17' });

/** data/sdg-targets.csv: the goals and targets the atlas links to, in their official wording. */
export const sdgTargetRow = z.object({
  code: cellRequired(sdgCode).describe('Goal or target code.'),
  title: cellText.describe('Short name, ours.'),
  text: cellText.describe('Official wording of the 2030 Agenda, quoted.'),
  un_url: cellRequired(httpUrl).describe("The UN's page for the goal."),
  source_ids: cellList(id, { min: 1 }).describe('Pages where the official wording was read.'),
});
export type SdgTarget = z.output<typeof sdgTargetRow>;

/** data/sdg-links.csv: which study the atlas places under which goal or target, and why. */
export const sdgLinkRow = z.object({
  study_id: cellRequired(id).describe('The study (data/studies.json).'),
  code: cellRequired(sdgCode).describe('Goal or target code (data/sdg-targets.csv).'),
  basis: cellRequired(z.enum(['source', 'atlas'], { error: 'source (a source makes the link) or atlas (our mapping)' })).describe('"source" when a source links the study to the goal; "atlas" for our own mapping.'),
  rationale: cellText.describe('Why the study belongs there, in one sentence of our own.'),
  source_ids: cellList(id, { min: 1 }).describe('Sources for the facts the rationale rests on.'),
  note: cellOptional(z.string()).describe('Notes.'),
});
export type SdgLink = z.output<typeof sdgLinkRow>;
