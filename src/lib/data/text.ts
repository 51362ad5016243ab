import type { DataIssue } from './issues.ts';

/**
 * Decode a data file as strict UTF-8. Invalid bytes are reported with the line
 * they sit on instead of being silently replaced by U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; issues: DataIssue[] } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, issues: [] };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const issues: DataIssue[] = [];
    lossy.split('\n').forEach((content, index) => {
      if (content.includes('\uFFFD')) {
        issues.push({
          file,
          line: index + 1,
          found: content.replace(/\r$/, ''),
          expected: 'text encoded as UTF-8 (the line holds bytes that are not valid UTF-8, shown as �)',
          hint: 'Save the file as UTF-8, e.g. "CSV UTF-8" in a spreadsheet program.',
        });
      }
    });
    return { text: lossy, issues };
  }
}
