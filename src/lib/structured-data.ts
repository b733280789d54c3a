// schema.org structured data (JSON-LD) for news search engines and dataset search: the story as a
// NewsArticle dated from the updates log, and each chart as a Dataset with its downloads and sources.
// Pure functions: pages pass in absolute URLs and data, so a build test can check the output.

export const SCHEMA_CONTEXT = 'https://schema.org';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

export interface Publisher {
  name: string;
  url: string;
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  url: string;
  image: string;
  /** YYYY-MM-DD: the first entry in the updates log. */
  datePublished: string;
  /** YYYY-MM-DD: the newest entry in the updates log. */
  dateModified: string;
  inLanguage: string;
  publisher: Publisher;
}

export function newsArticleLd(input: NewsArticleInput) {
  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    isAccessibleForFree: true,
    license: LICENCE_URL,
    author: publisher,
    publisher,
  };
}

export interface CitedSource {
  outlet: string;
  title: string;
  published?: string | undefined;
  url?: string | undefined;
}

export interface DatasetInput {
  name: string;
  description: string;
  /** The chart's own page (its embed page). */
  url: string;
  csvUrl: string;
  jsonUrl: string;
  /** The newest period drawn, when the chart's data are dated. */
  dataThrough?: string | undefined;
  /** YYYY-MM-DD: when the site's data last changed (the newest updates-log entry). */
  dateModified: string;
  inLanguage: string;
  publisher: Publisher;
  sources: CitedSource[];
}

export function datasetLd(input: DatasetInput) {
  const creator = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    license: LICENCE_URL,
    isAccessibleForFree: true,
    inLanguage: input.inLanguage,
    dateModified: input.dateModified,
    creator,
    ...(input.dataThrough ? { temporalCoverage: `../${input.dataThrough}` } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
    citation: input.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      publisher: { '@type': 'Organization', name: source.outlet },
      ...(source.published ? { datePublished: source.published } : {}),
      ...(source.url ? { url: source.url } : {}),
    })),
  };
}

/** Serialises for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
