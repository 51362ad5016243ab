import type { Atlas } from './data/load.ts';
import type { Study } from '../schemas/study.ts';
import { current, first } from './data/claims.ts';
import { displayTitle } from './data/study.ts';
import { SITE, SITE_ORIGIN } from './site.ts';
import { COUNTRIES } from '../schemas/vocab.ts';

type JsonLd = Record<string, unknown>;

const org = (name: string) => ({ '@type': 'Organization', name });

/** schema.org description of a study page: a ScholarlyArticle or a ResearchProject. */
export function studyJsonLd(study: Study, atlas: Atlas, path: string): JsonLd {
  const roles = atlas.rolesOf(study.id);
  const named = (role: string) => roles.filter((r) => r.role === role).map((r) => org(atlas.organisation(r.organisation_id).name));
  const base: JsonLd = {
    '@context': 'https://schema.org',
    name: displayTitle(study),
    url: new URL(path, SITE_ORIGIN).href,
    sameAs: current(study.urls).map((u) => u.value),
    spatialCoverage: current(study.countries).map((c) => ({ '@type': 'Country', name: COUNTRIES[c.value] })),
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: SITE_ORIGIN },
  };
  const alternate = current(study.titleOriginal).map((t) => t.value.text);
  if (alternate.length) base.alternateName = alternate;
  if (study.type === 'article') {
    const published = first(study.publishedIn);
    const doi = first(study.doi);
    return {
      ...base,
      '@type': 'ScholarlyArticle',
      headline: displayTitle(study),
      ...(published ? { datePublished: String(published.year), isPartOf: { '@type': 'Periodical', name: published.venue } } : {}),
      ...(doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: doi }, sameAs: [...(base.sameAs as string[]), `https://doi.org/${doi}`] } : {}),
    };
  }
  const start = first(study.start);
  const end = first(study.end);
  return {
    ...base,
    '@type': 'ResearchProject',
    ...(start ? { foundingDate: start } : {}),
    ...(end ? { dissolutionDate: end } : {}),
    funder: named('funder'),
    parentOrganization: [...named('host'), ...named('coordinator')],
  };
}
