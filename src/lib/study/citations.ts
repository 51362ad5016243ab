/**
 * Number the sources of a page in order of first citation, so each fact can
 * point to "[3]" and the Sources section lists them in the same order.
 */
export function numberSources(...groups: (readonly string[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const group of groups) for (const id of group) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/**
 * Language of a source's title: ours (English) when it is a [bracketed description];
 * the language of a study's original title when the source's title is that title
 * (an English archive page can carry a Norwegian title); else the source's language.
 */
export function sourceTitleLang(source: { title: string; lang: string }, originalTitles?: ReadonlyMap<string, string>): string | undefined {
  if (source.title.startsWith('[')) return undefined;
  const lang = originalTitles?.get(source.title.trim().toLowerCase()) ?? source.lang;
  return lang === 'en' ? undefined : lang;
}

/** Every original-language title of the studies, lower-cased, with its language: for sourceTitleLang. */
export function originalTitleLangs(studies: readonly { titleOriginal: readonly { superseded?: unknown; value: { text: string; lang: string } }[] }[]): Map<string, string> {
  return new Map(studies.flatMap((s) => s.titleOriginal.filter((c) => !c.superseded).map((c) => [c.value.text.trim().toLowerCase(), c.value.lang] as const)));
}
