// User text to a query for the entity name indexes (cypher/schema.cypher: entity_names_ar,
// entity_names_en).
//
// Neo4j's `arabic` analyzer already folds, at index and at query time, the alef/hamza forms
// (أ إ آ to ا), ة to ه, ى to ي, harakat and tatweel, also for prefix queries (tested in
// tests/graph/schema.test.ts), so names are stored as written and nothing here repeats that.
// What it misses, and this adds on the query side: presentation forms and ligatures from PDFs
// (NFKC), invisible direction and joining marks from web pages, alef wasla (ٱ), and the Persian
// yeh and keheh (ی ک) that Arabic web text often carries in place of ي ك. And user text must be
// escaped, or a stray quote or bracket makes Lucene's parser fail the whole query.

const MAX_LENGTH = 256;
const MAX_TERMS = 16;

// Bidi marks and isolates, zero-width space/joiners, BOM, Arabic letter mark.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LETTERS: Record<string, string> = { '\u0671': '\u0627', '\u06cc': '\u064a', '\u06a9': '\u0643' };
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The search text as the index would read it best: see the note at the top. Idempotent. */
export function normalizeSearchText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u0671\u06cc\u06a9]/g, (c) => LETTERS[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

export class SearchTextError extends Error {
  override name = 'SearchTextError';
}

/**
 * A Lucene query that requires every word of `input` (escaped, so it is never parsed as syntax);
 * with `prefix`, the last word may be the start of a longer one (for search as you type).
 * Null when nothing is left to search for.
 */
export function fulltextQuery(input: string, opts: { prefix?: boolean } = {}): string | null {
  const text = normalizeSearchText(input);
  if (text.length > MAX_LENGTH) {
    throw new SearchTextError(`search text is too long (${text.length} characters, at most ${MAX_LENGTH})`);
  }
  // Words made only of syntax characters carry nothing to search for.
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  if (words.length > MAX_TERMS) {
    throw new SearchTextError(`search text has too many words (${words.length}, at most ${MAX_TERMS})`);
  }
  return words
    .map((w, i) => {
      // AND, OR, NOT in capitals are operators to the parser; the analyzers lowercase anyway.
      const term = /^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w.replace(LUCENE_SPECIAL, '\\$&');
      return `+${term}${opts.prefix && i === words.length - 1 ? '*' : ''}`;
    })
    .join(' ');
}
