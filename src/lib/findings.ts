import type { Atlas } from './data/load.ts';
import type { Finding } from '../schemas/finding.ts';
import { plural } from './format.ts';

/** Findings split by whether the publication they come from is a confirmed output of the study. */
export function byConfirmation(findings: readonly Finding[], atlas: Pick<Atlas, 'isConfirmed'>): { confirmed: Finding[]; unconfirmed: Finding[] } {
  const confirmed: Finding[] = [];
  const unconfirmed: Finding[] = [];
  for (const f of findings) (atlas.isConfirmed(f) ? confirmed : unconfirmed).push(f);
  return { confirmed, unconfirmed };
}

/**
 * A count of findings that never passes off an unconfirmed output as the study's own:
 * "3 findings", or "2 findings, and 1 from a related publication not confirmed as an output".
 */
export function findingCount(findings: readonly Finding[], atlas: Pick<Atlas, 'isConfirmed'>): string {
  const { confirmed, unconfirmed } = byConfirmation(findings, atlas);
  if (unconfirmed.length === 0) return plural(confirmed.length, 'finding');
  return `${plural(confirmed.length, 'finding')}, and ${unconfirmed.length} from ${unconfirmed.length === 1 ? 'a related publication' : 'related publications'} not confirmed as ${unconfirmed.length === 1 ? 'an output' : 'outputs'}`;
}
