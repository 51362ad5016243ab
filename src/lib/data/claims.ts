import type { Claim, Study } from '../../schemas/study.ts';
import type { Citation } from '../../schemas/passage.ts';

/** The source ids of a list of citations, in order. */
export function ids(citations: readonly Pick<Citation, 'source'>[]): string[] {
  return citations.map((c) => c.source);
}

/** Claims that are current, i.e. not an outdated reading kept for the record. */
export function current<T>(claims: readonly Claim<T>[]): Claim<T>[] {
  return claims.filter((c) => !c.superseded);
}

/** The first current value, or undefined when the sources are silent. */
export function first<T>(claims: readonly Claim<T>[]): T | undefined {
  return current(claims)[0]?.value;
}

/** True when current claims give different values for the same fact. */
export function disagree<T>(claims: readonly Claim<T>[]): boolean {
  return new Set(current(claims).map((c) => JSON.stringify(c.value))).size > 1;
}

/** Every source id a list of claims rests on, in order of first use. */
export function claimSources(claims: readonly Claim<unknown>[]): string[] {
  return [...new Set(claims.flatMap((c) => ids(c.sources)))];
}

/** Every source id a study's claims rest on, in order of first use. */
export function studySources(study: Study): string[] {
  return [...new Set(Object.values(study).flatMap((v) => (Array.isArray(v) ? v.flatMap((c: Claim<unknown>) => ids(c.sources)) : [])))];
}
