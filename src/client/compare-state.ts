import { SIDES } from '../lib/compare/pair.ts';

const known = new Set(SIDES.map((s) => s.id));

/** Read ?a=…&b=… and keep only known sides; report what was ignored. Pure, for tests. */
export function readPair(search: string): { a?: string; b?: string; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored = [...params.keys()].filter((k) => k !== 'a' && k !== 'b');
  const pick = (key: 'a' | 'b') => {
    const value = params.get(key);
    if (value === null) return undefined;
    if (known.has(value)) return value;
    ignored.push(key);
    return undefined;
  };
  return { a: pick('a'), b: pick('b'), ignored };
}
