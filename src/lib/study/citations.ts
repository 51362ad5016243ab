/**
 * Number the sources of a page in order of first citation, so each fact can
 * point to "[3]" and the Sources section lists them in the same order.
 */
export function numberSources(...groups: (readonly string[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const group of groups) for (const id of group) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** Language of a source's title: ours (English) when it is a [bracketed description]. */
export function sourceTitleLang(source: { title: string; lang: string }): string | undefined {
  return source.title.startsWith('[') || source.lang === 'en' ? undefined : source.lang;
}
