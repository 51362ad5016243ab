import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, loadAtlasFrom } from '../../../src/lib/data/load.ts';
import { DataValidationError, formatIssue } from '../../../src/lib/data/issues.ts';
import { FIXTURES, caseOptions, overlayReader } from '../../fixtures/overlay.ts';

const BAD = path.join(FIXTURES, 'bad');
const cases = readdirSync(BAD).sort();

describe('bad-input corpus (tests/fixtures/bad)', () => {
  it('holds at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('starts from a good fixture that validates cleanly', () => {
    expect(checkData(overlayReader(path.join(FIXTURES, 'good')), caseOptions(path.join(FIXTURES, 'good')))).toEqual([]);
  });

  it.each(cases)('%s: reports exactly the expected messages, with file and location', (name) => {
    const dir = path.join(BAD, name);
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const messages = checkData(overlayReader(dir), caseOptions(dir)).map(formatIssue);
    expect(messages).toEqual(expected);
    for (const message of messages) expect(message).toMatch(/^(data|content)\/[\w./-]+(, line \d+)?/);
  });

  it('loadAtlasFrom throws one error that lists every problem', () => {
    const read = overlayReader(path.join(BAD, 'several-errors-at-once'));
    let error: unknown;
    try {
      loadAtlasFrom(read);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const { issues, message } = error as DataValidationError;
    expect(issues).toHaveLength(3);
    expect(message).toContain('3 problems found');
    expect(message).toContain('data/roles.csv, line 4, column "role": found "sponsor"');
    expect(message).toContain('data/findings.csv, line 2, column "study_id": found "iop-wind-down"');
  });
});
