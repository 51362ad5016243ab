import { z } from 'astro/zod';
import { fullDate } from './fields.ts';

/** data/version.json: the version of the working data and when it was cut. */
export const datasetVersion = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'a semantic version, e.g. 1.0.0' }),
  date: fullDate,
});
export type DatasetVersion = z.output<typeof datasetVersion>;
