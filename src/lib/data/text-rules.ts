/*
 * Rules every text value in data/ obeys, whatever its column: CSV cells and
 * JSON strings alike. They catch what a schema per field would miss because
 * it is invisible in an editor: control characters, bidirectional overrides,
 * zero-width and other invisible characters, noncharacters, text that is not
 * in Unicode normal form C, cells a spreadsheet would run as a formula, and
 * values so long that they can only be a mistake.
 */

/** The longest text value a cell or JSON string may hold. The longest real one is under 400 characters. */
export const MAX_TEXT_LENGTH = 2000;

/** The largest data file check:data reads. The largest real one is about 25 KB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** How deeply JSON arrays and objects may nest. The real files nest 6 levels at most. */
export const MAX_JSON_DEPTH = 32;

/** Names of the invisible characters a reader is most likely to meet, for the error message. */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL (bell)',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESC (escape)',
  0x7f: 'DELETE',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

/**
 * Characters refused in data text: C0 and C1 controls except TAB (so NUL, BEL,
 * ESC, line breaks inside a value), DEL, bidirectional embeddings, overrides,
 * isolates and marks, zero-width and other invisible characters, private-use
 * characters, noncharacters and lone surrogates.
 */
const PLANE_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join('');
const REFUSED = new RegExp(
  `[\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\uE000-\\uF8FF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF\\u{F0000}-\\u{10FFFF}${PLANE_NONCHARACTERS}\\uD800-\\uDFFF]`,
  'u',
);
const REFUSED_GLOBAL = new RegExp(REFUSED.source, 'gu');

/** U+XXXX, with the character's name where we know it. */
export function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[code] ? `${hex} ${NAMES[code]}` : hex;
}

/** The text with every refused or invisible character written as \u{XXXX}, so a message can show it safely. */
export function escapeInvisible(text: string): string {
  return text.replace(REFUSED_GLOBAL, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** The text without any refused or invisible character (for echoing untrusted text, e.g. URL parameter names). */
export function stripInvisible(text: string): string {
  return text.replace(REFUSED_GLOBAL, '');
}

/**
 * Why a cell would run as a formula in a spreadsheet, or undefined when it would not.
 * The rule: a value may not start with "=", "+", "@", a TAB or a CR; it may start
 * with "-" only when it is a plain number ("-3") or the "-" is followed by a space
 * (a dash as in "- see note"): "-1+1", "-A1" or "-cmd|…" would be evaluated.
 */
export function formulaProblem(text: string): string | undefined {
  const first = text[0];
  if (first === undefined) return undefined;
  if ('=+@\t\r'.includes(first)) return `text that does not start with "${first === '\t' ? 'TAB' : first === '\r' ? 'CR' : first}", which a spreadsheet would run as a formula`;
  if (first === '-' && !/^-\d+(?:\.\d+)?$/.test(text) && !/^-\s/.test(text)) return 'text that does not start with "-" unless it is a plain number or the "-" is followed by a space (a spreadsheet would run the rest as a formula)';
  return undefined;
}

/**
 * What is wrong with a text value, or undefined when nothing is. `lineBreaks`
 * lets LF through, for JSON strings that quote a passage with its paragraphs
 * (a CSV cell cannot hold a line break at all).
 */
export function textProblem(text: string, { lineBreaks = false } = {}): { expected: string; hint?: string } | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return { expected: `a text of at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters (this one has ${text.length.toLocaleString('en')})`, hint: 'Shorten it: pages and citations show it in full.' };
  }
  const bad = REFUSED.exec(lineBreaks ? text.replaceAll('\n', ' ') : text);
  if (bad) {
    const at = [...text.slice(0, bad.index)].length + 1;
    return {
      expected: `text without control, bidirectional or invisible characters (${describeChar(bad[0])} at character ${at})`,
      hint: 'Delete the character: most editors do not show it, but pages and search would carry it.',
    };
  }
  if (text.normalize('NFC') !== text) {
    return { expected: 'text in Unicode normal form C (composed characters, e.g. "å" as one character, not "a" plus a combining ring)', hint: 'Retype the accented letters, or save the file with NFC normalisation.' };
  }
  const formula = formulaProblem(text);
  if (formula) return { expected: formula, hint: 'Reword the beginning, e.g. put the text in other words or start with a letter.' };
  return undefined;
}
