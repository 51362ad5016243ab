import type { Country, Dataset, Organization, Report, ResearchProject, ScholarlyArticle, Thesis, WebPage, WithContext } from 'schema-dts';
import { publicUrl } from './public-url.ts';
import type { Atlas } from './data/load.ts';
import type { CatalogDataset } from './data/catalog.ts';
import type { Study } from '../schemas/study.ts';
import { current, disagree, first } from './data/claims.ts';
import { LICENSE } from './data/release.ts';
import { displayTitle } from './data/study.ts';
import { SITE, SITE_ORIGIN } from './site.ts';
import { COUNTRIES } from '../schemas/vocab.ts';

/*
 * schema.org descriptions of pages, typed with schema-dts (types only, no code
 * in the build or the page): a misspelt property or one a type does not have
 * fails `astro check` instead of publishing metadata search engines ignore.
 */

const org = (name: string): Organization => ({ '@type': 'Organization', name });

/** The page a thing is described on, as part of the site. */
const pageOf = (url: string): WebPage => ({ '@type': 'WebPage', url, isPartOf: { '@type': 'WebSite', name: SITE.name, url: SITE_ORIGIN } });

/** schema.org description of a study page: a ScholarlyArticle, Report or Thesis, or a ResearchProject. */
export function studyJsonLd(study: Study, atlas: Atlas, path: string): WithContext<ScholarlyArticle> | WithContext<Report> | WithContext<Thesis> | WithContext<ResearchProject> {
  const roles = atlas.rolesOf(study.id);
  const named = (role: string) => roles.filter((r) => r.role === role).map((r) => org(atlas.organisation(r.organisation_id).name));
  const url = new URL(path, SITE_ORIGIN).href;
  const alternate = current(study.titleOriginal).map((t) => t.value.text);
  const sameAs = current(study.urls).map((u) => publicUrl(u.value));
  const common = {
    name: displayTitle(study),
    url,
    ...(alternate.length ? { alternateName: alternate } : {}),
  };
  const countries = current(study.countries).map((c): Country => ({ '@type': 'Country', name: COUNTRIES[c.value] }));
  if (study.type !== 'project') {
    const published = first(study.publishedIn);
    const doi = first(study.doi);
    return {
      '@context': 'https://schema.org',
      '@type': study.type === 'article' ? 'ScholarlyArticle' : study.type === 'thesis' ? 'Thesis' : 'Report',
      ...common,
      headline: displayTitle(study),
      spatialCoverage: countries,
      mainEntityOfPage: pageOf(url),
      sameAs: doi ? [...sameAs, `https://doi.org/${doi}`] : sameAs,
      ...(published ? { datePublished: String(published.year), isPartOf: { '@type': 'Periodical', name: published.venue } } : {}),
      ...(doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: doi } } : {}),
    };
  }
  // Where sources disagree on a date, machine-readable data keeps neither: the page shows both.
  const start = disagree(study.start) ? undefined : first(study.start);
  const end = disagree(study.end) ? undefined : first(study.end);
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchProject',
    ...common,
    sameAs,
    // A project is an organisation: its countries are where it works, not what a work covers.
    areaServed: countries,
    mainEntityOfPage: pageOf(url),
    ...(start ? { foundingDate: start } : {}),
    ...(end ? { dissolutionDate: end } : {}),
    funder: named('funder'),
    // Only a source's "host" makes a parent organisation; a coordinator is not one (facts audit U17).
    parentOrganization: named('host'),
  };
}

/** schema.org description of a dataset page of the open-data catalog, with every download of the latest release. */
export function datasetJsonLd(dataset: CatalogDataset, latest: string): WithContext<Dataset> {
  const downloads = dataset.files.filter((f) => !f.path.endsWith('.schema.json'));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    description: dataset.description,
    version: latest,
    license: LICENSE.path,
    url: new URL(`/data/${dataset.name}/`, SITE_ORIGIN).href,
    isPartOf: { '@type': 'DataCatalog', name: `${SITE.name} open data`, url: new URL('/data/', SITE_ORIGIN).href },
    creator: org(`${SITE.name} contributors`),
    distribution: downloads.map((f) => ({ '@type': 'DataDownload', encodingFormat: f.format === 'csv' ? 'text/csv' : 'application/json', contentUrl: new URL(`/data/${latest}/${f.path}`, SITE_ORIGIN).href, contentSize: `${f.bytes} B` })),
  };
}
