import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, page, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

/** Original-language terms and the language a screen reader must read them in. */
const TERMS: [string, string[]][] = [
  ['samskaping', ['nb', 'nn', 'no']],
  ['samskabelse', ['da']],
  ['idéburet offentligt partnerskap', ['sv']],
  ['tillitsbaserad styrning', ['sv']],
  ['Freie Wohlfahrtspflege', ['de']],
  ['niedrigschwellige Angebote', ['de']],
];

describe('lang on every foreign-language passage', () => {
  it.each(TERMS)('every occurrence of “%s” in page content sits inside an element with its lang', (term, langs) => {
    let seen = 0;
    for (const path of allPages()) {
      const doc = page(path);
      const walker = doc.createTreeWalker(doc.querySelector('main')!, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A web address that happens to contain the word is an address, not a word in that language.
        const text = (node.textContent ?? '').replace(/\bhttps?:\/\/\S+/g, '');
        if (!text.toLowerCase().includes(term.toLowerCase())) continue;
        // Addresses, file names and source titles in their own language are checked by their own markup.
        const parent = node.parentElement!;
        if (parent.closest('code, a[href^="http"], script, [data-pagefind-ignore]')) continue;
        seen++;
        const lang = parent.closest('[lang]')?.getAttribute('lang');
        expect(langs, `${path}: “${text.trim().slice(0, 80)}” is marked lang="${lang}"`).toContain(lang);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
