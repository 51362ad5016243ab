import type { Atlas } from '../data/load.ts';
import type { ContextFact } from '../../schemas/context.ts';
import { CONTEXT_TOPICS } from '../../schemas/vocab.ts';

/** The national level each city sits in, for facts that hold country-wide. */
export const CITY_COUNTRY = { oslo: 'NO', berlin: 'DE' } as const;

/** One row of the Oslo–Berlin table: a topic with the facts on each side. */
export interface CityRow {
  topic: keyof typeof CONTEXT_TOPICS;
  label: string;
  oslo: { fact: ContextFact; national: boolean }[];
  berlin: { fact: ContextFact; national: boolean }[];
}

/** Oslo and Berlin side by side, topic by topic; empty sides mean "not reported". */
export function cityComparison(atlas: Pick<Atlas, 'contextFacts'>): CityRow[] {
  const side = (city: 'oslo' | 'berlin', topic: string) =>
    atlas.contextFacts
      .filter((f) => f.topic === topic && (f.geo === city || f.geo === CITY_COUNTRY[city]))
      .map((fact) => ({ fact, national: fact.geo !== city }));
  return (Object.keys(CONTEXT_TOPICS) as (keyof typeof CONTEXT_TOPICS)[]).map((topic) => ({
    topic,
    label: CONTEXT_TOPICS[topic],
    oslo: side('oslo', topic),
    berlin: side('berlin', topic),
  }));
}
