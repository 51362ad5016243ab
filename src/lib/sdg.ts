/** The anchor of a goal or target on /sdg/: "3.5" → "target-3-5", "3" → "goal-3". */
export function sdgAnchor(code: string): string {
  return code.includes('.') ? `target-${code.replace(/\./g, '-')}` : `goal-${code}`;
}
