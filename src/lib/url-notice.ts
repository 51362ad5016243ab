import { stripInvisible } from './data/text-rules.ts';

/** How many characters of one ignored name a notice shows. */
export const NAME_LENGTH = 30;
/** How many ignored names a notice lists before "and N more". */
export const NAMES_SHOWN = 5;

/**
 * The notice for parts of an address a page ignored. The names come from the
 * URL, so anyone can choose them: each is stripped of control, bidirectional
 * and invisible characters (which could make the site's own text read as
 * something else) and clipped, and only a few are listed.
 */
export function ignoredNotice(ignored: readonly string[]): string {
  const names = [...new Set(ignored.map((name) => {
    const clean = stripInvisible(name).replace(/\s+/g, ' ').trim();
    const chars = [...clean];
    return chars.length > NAME_LENGTH ? `${chars.slice(0, NAME_LENGTH - 1).join('')}…` : clean || '(unnamed)';
  }))];
  const count = ignored.length;
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : '';
  return `Ignored ${count} unknown part${count === 1 ? '' : 's'} of the address (${shown}${more}).`;
}
