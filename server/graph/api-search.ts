// Entity search over the Arabic and English full-text name indexes (cypher/schema.cypher).
import type { Reader } from './api-reader.ts';
import type { Page } from './api-lists.ts';
import { toNodeRecord, type NodeRecord } from './api-nodes.ts';
import { fulltextQuery, normalizeSearchText } from './search-normalize.ts';

export interface SearchHit {
  node: NodeRecord;
  score: number;
}

/** How many of the index's best hits are ranked (see cypher/api/search.cypher). */
export const SEARCH_POOL = 200;

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/**
 * Text with Arabic letters goes to the index with the Arabic analyzer (which also reads Latin
 * words, unstemmed); text without to the English one, which stems English words. Names are in
 * both indexes, so either finds a name in either script.
 */
export function searchIndexFor(text: string): 'entity_names_ar' | 'entity_names_en' {
  return ARABIC.test(text) ? 'entity_names_ar' : 'entity_names_en';
}

/** Entities whose names or aliases match every word of `text` (the last as a prefix), best first.
 * Throws SearchTextError for text too long or with too many words. */
export async function searchEntities(
  reader: Reader,
  text: string,
  types: readonly string[] | null,
  page: Page,
): Promise<SearchHit[]> {
  // A prefix term is not analysed: the Arabic analyzer indexes «بوتين» stemmed, so «بوتين*»
  // alone would miss it. Whole words (analysed) or the last one as a prefix; a hit on both
  // scores higher, so complete words rank first.
  const whole = fulltextQuery(text);
  if (whole === null) return [];
  const query = `(${whole}) OR (${fulltextQuery(text, { prefix: true })})`;
  const rows = await reader.read<{ score: number; labels: string[]; props: Record<string, unknown> }>(
    'api/search',
    {
      index: searchIndexFor(text),
      query,
      literal: normalizeSearchText(text).toLowerCase(),
      types: types && types.length > 0 ? [...types] : null,
      pool: Math.max(SEARCH_POOL, page.skip + page.limit),
      ...page,
    },
  );
  return rows.map((r) => ({ node: toNodeRecord(r.labels, r.props), score: r.score }));
}
