import { z } from 'astro/zod';
import { cellList, cellOptional, cellRequired, cellText, httpUrl, id, lang, partialDate, provenancePath } from './fields.ts';

/** data/sources.csv: every published page a fact rests on. */
export const sourceRow = z.object({
  id: cellRequired(id).describe('Stable id of the source, referenced by every other dataset.'),
  url: cellRequired(httpUrl).describe('Address where the source was published.'),
  publisher: cellText.describe('Who published it.'),
  title: cellText.describe('Title as published; a description in [square brackets] where the title was not recorded.'),
  lang: cellRequired(lang).describe('Language of the source (BCP 47).'),
  published: cellOptional(partialDate).describe('Publication or last-updated date the page states; empty if none.'),
  seen: cellOptional(partialDate).describe('Date the page was read; empty where it was read as an archived copy of unknown date.'),
  via: cellList(provenancePath, { min: 1 }).describe(
    'Seed document or research note (under data/provenance/) through which the fact reached this dataset.',
  ),
  note: cellOptional(z.string()).describe('What the source is and what to keep in mind when reading it.'),
});

export type Source = z.output<typeof sourceRow>;
