// Lists the API pages through: what a node links to (an entity's articles, events and claims,
// an article's entities...), the article list and the timelines. Each query takes many parent
// ids at once, so that the DataLoader of a request sends one query per list, not per parent.
import type { Reader } from './api-reader.ts';

/** Offset paging: `limit` rows from `skip` (callers ask one more than they show, to know
 * whether a next page exists). */
export interface Page {
  skip: number;
  limit: number;
}

export interface ListPage<T = string> {
  items: T[];
  total: number;
}

/** Lists that hang off a node, by the name of their query in cypher/api/. */
export const RELATED = {
  entityArticles: 'api/entity-articles',
  entityEvents: 'api/entity-events',
  entityClaims: 'api/entity-claims',
  entityClaimsAbout: 'api/entity-claims-about',
  countryActors: 'api/country-actors',
  articleEntities: 'api/article-entities',
  articleEvents: 'api/article-events',
  articleClaims: 'api/article-claims',
} as const;

export type Related = keyof typeof RELATED;

/** One page of the `related` list of each parent; a parent with no node gets an empty page. */
export async function relatedPages<T = string>(
  reader: Reader,
  related: Related,
  ids: readonly string[],
  page: Page,
): Promise<Map<string, ListPage<T>>> {
  const rows = await reader.read<{ id: string } & ListPage<T>>(RELATED[related], {
    ids: [...new Set(ids)],
    skip: page.skip,
    limit: page.limit,
  });
  return new Map(rows.map((r) => [r.id, { items: r.items, total: r.total }]));
}

export interface ArticleFilter {
  source?: string | null;
  lang?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function listArticles(reader: Reader, filter: ArticleFilter, page: Page): Promise<ListPage> {
  const [row] = await reader.read<ListPage>('api/articles', {
    source: filter.source ?? null,
    lang: filter.lang ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    ...page,
  });
  return row ?? { items: [], total: 0 };
}

export interface ClaimFilter {
  speaker?: string | null;
  about?: string | null;
  via?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function claimsTimeline(reader: Reader, filter: ClaimFilter, page: Page): Promise<ListPage> {
  const [row] = await reader.read<ListPage>('api/claims-timeline', {
    speaker: filter.speaker ?? null,
    about: filter.about ?? null,
    via: filter.via ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    ...page,
  });
  return row ?? { items: [], total: 0 };
}

export interface EventFilter {
  participant?: string | null;
  /** CAMEO code or prefix (digits). */
  code?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function eventsTimeline(reader: Reader, filter: EventFilter, page: Page): Promise<ListPage> {
  const code = filter.code ?? null;
  const [row] = await reader.read<ListPage>('api/events-timeline', {
    participant: filter.participant ?? null,
    code,
    // A code of two digits or more fixes the CAMEO root, which the (root, date) index serves.
    root: code !== null && code.length >= 2 ? code.slice(0, 2) : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    ...page,
  });
  return row ?? { items: [], total: 0 };
}

export interface ClaimDetails {
  id: string;
  speaker: string | null;
  via: string[];
  about: string[];
  articleId: string | null;
  start: number | null;
  end: number | null;
  rule: string | null;
  confidence: number | null;
  sentence: number | null;
}

export async function claimDetails(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, ClaimDetails>> {
  const rows = await reader.read<ClaimDetails>('api/claim-details', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r]));
}

export interface EventDetails {
  id: string;
  sources: string[];
  targets: string[];
  place: string | null;
}

export async function eventDetails(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, EventDetails>> {
  const rows = await reader.read<Omit<EventDetails, 'place'> & { places: string[] }>('api/event-details', {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map(({ places, ...r }) => [r.id, { ...r, place: mostFrequent(places) }]));
}

/** The value given most often (the first in order among equals), or null for none. */
function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

export interface EventReport {
  articleId: string;
  text: string;
  start: number;
  end: number;
  trigger: string | null;
  code: string | null;
  mode: string | null;
  rule: string;
  confidence: number;
  sentence: number;
}

export async function eventReports(
  reader: Reader,
  ids: readonly string[],
  limit: number,
): Promise<Map<string, EventReport[]>> {
  const rows = await reader.read<{ id: string; reports: EventReport[] }>('api/event-reports', {
    ids: [...new Set(ids)],
    limit,
  });
  return new Map(rows.map((r) => [r.id, r.reports]));
}
