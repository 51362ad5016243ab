import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { getAtlas } from './lib/data/load.ts';

// Loading the atlas here validates data/ before any page renders: a bad row
// stops the build with the full list of problems.
const atlas = getAtlas();
// ATLAS_CONTENT_DIR points at another content folder (the scale benchmark's synthetic corpus).
const CONTENT = process.env.ATLAS_CONTENT_DIR || './content';
const studyIds = atlas.studies.map((s) => s.id) as [string, ...string[]];
const sourceIds = atlas.sources.map((s) => s.id) as [string, ...string[]];

/** content/studies/<id>.mdx: the page of one study; its facts come from data/, its summary from the MDX body. */
const studies = defineCollection({
  loader: glob({ base: `${CONTENT}/studies`, pattern: '*.mdx' }),
  schema: z.strictObject({
    study: z.enum(studyIds, { error: `the id of a study in data/studies.json: one of ${studyIds.join(', ')}` }),
    description: z
      .string()
      .min(50, { error: 'a description for search results and link previews, 50–160 characters' })
      .max(160, { error: 'a description for search results and link previews, 50–160 characters' }),
    summarySources: z
      .array(z.enum(sourceIds, { error: 'the id of a source in data/sources.csv' }))
      .min(1, { error: 'the sources the summary rests on (ids from data/sources.csv)' }),
  }),
});

/** content/compare/<slug>.mdx: comparison pages; prose in the body, figures from data through components. */
const compare = defineCollection({
  loader: glob({ base: `${CONTENT}/compare`, pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(5),
    description: z
      .string()
      .min(50, { error: 'a description for search results and link previews, 50–160 characters' })
      .max(160, { error: 'a description for search results and link previews, 50–160 characters' }),
    /** Countries the comparison covers (search filters). */
    countries: z.array(z.enum(['SE', 'NO', 'DK', 'DE', 'GB'], { error: 'an ISO country code of the atlas: SE, NO, DK, DE, GB' })).min(1),
    /** Every source the page cites, prose and data components alike, in the order they should be numbered. */
    sources: z.array(z.enum(sourceIds, { error: 'the id of a source in data/sources.csv' })).min(1),
  }),
});

/** content/countries/<code>.mdx: what the country's welfare regime means for co-production there, in prose. */
const countries = defineCollection({
  loader: glob({ base: `${CONTENT}/countries`, pattern: '*.mdx' }),
  schema: z.strictObject({
    country: z.enum(['SE', 'NO', 'DK', 'DE', 'GB'], { error: 'an ISO country code of the atlas: SE, NO, DK, DE, GB' }),
    description: z.string().min(50).max(160),
    sources: z.array(z.enum(sourceIds, { error: 'the id of a source in data/sources.csv' })).min(1),
  }),
});

/** content/pages/<name>.mdx: sourced prose for fixed pages (the home page's introduction). */
const pages = defineCollection({
  loader: glob({ base: `${CONTENT}/pages`, pattern: '*.mdx' }),
  schema: z.strictObject({
    sources: z.array(z.enum(sourceIds, { error: 'the id of a source in data/sources.csv' })).min(1),
  }),
});

export const collections = { studies, compare, countries, pages };
