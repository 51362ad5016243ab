import { z } from 'astro/zod';
import { id, lang } from './fields.ts';
import { quotedCitation } from './passage.ts';

const text = z.string({ error: 'a text' }).min(1, { error: 'a non-empty text' });

/** data/glossary.json: key terms, defined in our own words, with the equivalents the sources attest. */
export const glossaryTerm = z.strictObject({
  id: id.describe('Stable id; the term page is /glossary/<id>/.'),
  term: text.describe('The English term.'),
  definition: text.describe('What the term means in this atlas, in our own words.'),
  sources: z.array(quotedCitation).min(1, { error: 'at least one source: { "source": …, "quote": … }' }).describe('Sources of the definition, each with the passage it rests on.'),
  /** Only equivalents that a source uses: languages without one say "not found in the sources". */
  equivalents: z
    .array(
      z.strictObject({
        lang,
        text,
        sources: z.array(quotedCitation).min(1, { error: 'at least one source: { "source": …, "quote": … } whose passage uses the term' }),
        note: text.optional(),
      }),
    )
    .describe('The term in Swedish, Norwegian, Danish and German, where a source uses it.'),
  see: z.array(id).default([]).describe('Related terms (ids).'),
});
export const glossaryFile = z.strictObject({ terms: z.array(glossaryTerm) });
export type GlossaryTerm = z.output<typeof glossaryTerm>;
