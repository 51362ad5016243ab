import type { ResearchProject, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { datasetJsonLd, studyJsonLd } from '../../src/lib/json-ld.ts';
import { readCatalog } from '../../src/lib/data/catalog.ts';
import { DATA_DIR } from '../../src/lib/data/load.ts';

const atlas = getAtlas();

describe('schema.org JSON-LD', () => {
  it('describes a project with the properties of an organisation: where it works, funders, its page', () => {
    const project = atlas.studies.find((s) => s.type === 'project')!;
    const ld = studyJsonLd(project, atlas, `/studies/${project.id}/`) as unknown as Record<string, unknown>;
    expect(ld['@type']).toBe('ResearchProject');
    expect(ld).toHaveProperty('areaServed');
    expect(ld).not.toHaveProperty('spatialCoverage');
    expect(ld).not.toHaveProperty('isPartOf');
    expect(ld.mainEntityOfPage).toMatchObject({ '@type': 'WebPage', isPartOf: { '@type': 'WebSite' } });
  });

  it('describes an article with the properties of a creative work', () => {
    const article = atlas.studies.find((s) => s.type === 'article')!;
    const ld = studyJsonLd(article, atlas, `/studies/${article.id}/`) as unknown as Record<string, unknown>;
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld).toHaveProperty('spatialCoverage');
    expect(ld.headline).toBe(ld.name);
  });

  it('describes a dataset with a download for every CSV and JSON file of the latest release', () => {
    const catalog = readCatalog(DATA_DIR);
    const dataset = catalog.datasets[0]!;
    const ld = datasetJsonLd(dataset, catalog.latest) as unknown as { distribution: { contentUrl: string }[] };
    expect(ld.distribution.map((d) => d.contentUrl.split('/').pop())).toEqual(dataset.files.filter((f) => !f.path.endsWith('.schema.json')).map((f) => f.path));
  });

  it('is typed: a property a type does not have fails the type check (astro check)', () => {
    const wrong: WithContext<ResearchProject> = {
      '@context': 'https://schema.org',
      '@type': 'ResearchProject',
      name: 'x',
      // @ts-expect-error: an organisation is not part of a website; schema-dts knows.
      isPartOf: { '@type': 'WebSite', name: 'y' },
    };
    expect(JSON.stringify(wrong)).toContain('ResearchProject');
  });
});
