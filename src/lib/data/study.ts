import type { Study } from '../../schemas/study.ts';
import { current, first } from './claims.ts';

/** The study's English title to show first: the first current claim. */
export function displayTitle(study: Study): string {
  return current(study.titleEn)[0]!.value.text;
}

/** The year a study is placed in: its start year, or for a publication its year of publication; null when the sources give neither. */
export function studyYear(study: Study): number | null {
  const start = first(study.start);
  if (start) return Number(start.slice(0, 4));
  return first(study.publishedIn)?.year ?? null;
}
