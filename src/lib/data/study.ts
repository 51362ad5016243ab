import type { Study } from '../../schemas/study.ts';
import { current } from './claims.ts';

/** The study's English title to show first: the first current claim. */
export function displayTitle(study: Study): string {
  return current(study.titleEn)[0]!.value.text;
}
