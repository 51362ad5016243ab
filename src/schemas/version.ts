import { z } from 'astro/zod';

/** data/version.json: the version of the working data and when it was cut. */
export const datasetVersion = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'a semantic version, e.g. 1.0.0' }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date as YYYY-MM-DD' }),
});
export type DatasetVersion = z.output<typeof datasetVersion>;
