import type { z } from 'astro/zod';
import { exchangeRateRow } from '../../schemas/exchange-rate.ts';
import { findingRow } from '../../schemas/finding.ts';
import { organisationRow, roleRow } from '../../schemas/organisation.ts';
import { publicationRow } from '../../schemas/publication.ts';
import { sourceRow } from '../../schemas/source.ts';
import { contextFactRow, countryRow, indicatorRow, regimeRow } from '../../schemas/context.ts';
import { sdgLinkRow, sdgTargetRow } from '../../schemas/sdg.ts';
import { passageRow } from '../../schemas/passage.ts';
import { screeningLogRow, searchLogRow } from '../../schemas/evidence-map.ts';

/** The CSV datasets, by name: file under data/, row schema, the columns that identify a row, and what it holds. */
export const CSV_DATASETS = {
  sources: { file: 'sources.csv', schema: sourceRow, primaryKey: ['id'], title: 'Sources', description: 'Every published page a fact on this site rests on, with the seed or research note it reached us through.' },
  organisations: { file: 'organisations.csv', schema: organisationRow, primaryKey: ['id'], title: 'Organisations', description: 'Organisations taking part in the studies, with their type and country.' },
  roles: { file: 'roles.csv', schema: roleRow, primaryKey: ['study_id', 'organisation_id', 'role'], title: 'Roles', description: 'Which organisation plays which role (host, funder, partner, case organisation, municipality) in which study.' },
  publications: { file: 'publications.csv', schema: publicationRow, primaryKey: ['id'], title: 'Publications', description: 'Outputs of the studies and related publications, with how firmly each is linked to its study.' },
  findings: { file: 'findings.csv', schema: findingRow, primaryKey: ['id'], title: 'Findings', description: 'What the studies found, in our own words, tagged by theme, country, sector and evidence type.' },
  regimes: { file: 'regimes.csv', schema: regimeRow, primaryKey: ['id'], title: 'Welfare regimes', description: 'The three welfare regimes of Esping-Andersen’s 1990 typology, defined in our own words.' },
  countries: { file: 'countries.csv', schema: countryRow, primaryKey: ['code'], title: 'Countries', description: 'The five countries and their welfare regime in Esping-Andersen’s 1990 typology.' },
  indicators: { file: 'indicators.csv', schema: indicatorRow, primaryKey: ['id'], title: 'Context indicators (read)', description: 'Context indicators for the five countries, Oslo and Berlin, each read from a published source.' },
  indicatorsDerived: { file: 'indicators-derived.csv', schema: indicatorRow, primaryKey: ['id'], title: 'Context indicators (derived)', description: 'Context indicators computed by scripts/derive-indicators.ts from the raw files in data/raw/ and from data/indicators.csv, with the method of each.' },
  contextFacts: { file: 'context-facts.csv', schema: contextFactRow, primaryKey: ['id'], title: 'Context facts', description: 'How services are organised and funded and what role voluntary organisations play, by country and city, in our own words.' },
  sdgTargets: { file: 'sdg-targets.csv', schema: sdgTargetRow, primaryKey: ['code'], title: 'SDG goals and targets', description: 'The UN Sustainable Development Goals and targets the atlas links to, in their official wording.' },
  sdgLinks: { file: 'sdg-links.csv', schema: sdgLinkRow, primaryKey: ['study_id', 'code'], title: 'SDG links', description: 'Which study sits under which SDG goal or target, whether a source or the atlas makes the link, and why.' },
  passages: { file: 'passages.csv', schema: passageRow, primaryKey: ['dataset', 'row', 'source_id'], title: 'Passages', description: 'The words of each source that a row of the other datasets rests on: short, verbatim, in the source’s language.' },
  searchLog: { file: 'evidence-map/search-log.csv', schema: searchLogRow, primaryKey: ['when', 'country', 'query'], title: 'Search log', description: 'Every query of the systematic search for studies: when, where, the words and how many records it returned.' },
  screeningLog: { file: 'evidence-map/screening-log.csv', schema: screeningLogRow, primaryKey: ['url', 'country', 'title'], title: 'Screening log', description: 'Every record considered for the atlas, included or excluded, with the criterion of the protocol that decided it.' },
  exchangeRates: { file: 'exchange-rates.csv', schema: exchangeRateRow, primaryKey: ['currency', 'year'], title: 'Exchange rates', description: 'Annual averages of the ECB euro reference rates, derived from the daily rates.' },
} as const satisfies Record<string, { file: string; schema: z.ZodObject; primaryKey: readonly string[]; title: string; description: string }>;

export type CsvDatasetName = keyof typeof CSV_DATASETS;
export type CsvRow<N extends CsvDatasetName> = z.output<(typeof CSV_DATASETS)[N]['schema']>;

export const STUDIES_FILE = 'studies.json';
export const VERSION_FILE = 'version.json';
export const GLOSSARY_FILE = 'glossary.json';
export const PROTOCOL_FILE = 'evidence-map/protocol.json';
