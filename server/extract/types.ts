// The extraction document: the contract between `server/extract/` (which makes it) and
// `server/graph/` (which writes it). It is a superset of ../shared/eval/CONTRACT.md.
// All offsets are UTF-16 code units into the original text, end exclusive.

export type Lang = 'ar' | 'en';

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP' | 'COUNTRY' | 'PLACE';

/** Why a node or edge exists: the rule that made it and how sure that rule is (0..1). */
export interface Provenance {
  rule: string;
  confidence: number;
}

export interface ArticleMeta {
  lang: Lang;
  title: string | null;
  author: string | null;
  /** Place named in the byline/dateline, as written. */
  dateline: string | null;
  /** ISO 8601; date only (YYYY-MM-DD) when no time is known; with offset when known. */
  publishedAt: string | null;
  /** Agency or outlet named in the byline (e.g. رويترز, AFP), as written. */
  source: string | null;
  /** Provenance of each metadata field that was found. */
  rules: Partial<Record<'title' | 'author' | 'dateline' | 'publishedAt' | 'source', string>>;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (line block) the sentence belongs to. */
  paragraph: number;
}

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
}

export interface Entity {
  /** Stable across articles and languages: `actor:<slug>`, `country:<ISO2>`, `place:<slug>`. */
  id: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2, COUNTRY only. */
  code?: string;
  /** Canonical (English where known) name. */
  name: string;
  nameAr?: string;
  nameEn?: string;
  aliases: string[];
  /** Affiliation: ISO 3166-1 alpha-2, where known. */
  country?: string;
  /** Office or function where known (e.g. "President of Russia"). */
  role?: string;
  /** True when the entity comes from the curated lexicon; false when detected in text. */
  known: boolean;
  rule: string;
  confidence: number;
  mentions: Mention[];
}

export type EventMode = 'happened' | 'planned' | 'possible' | 'denied';

export interface Quantity {
  text: string;
  value: number | null;
  unit: string | null;
}

export interface Event {
  id: string;
  /** CAMEO code, 2 to 4 digits. */
  code: string;
  label: string;
  /** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  sentence: number;
  /** The evidence span (the predicate and its clause) and its offsets. */
  text: string;
  start: number;
  end: number;
  source: string[];
  target: string[];
  place: string | null;
  date: string | null;
  mode: EventMode;
  quantities: Quantity[];
  /** The predicate word as written. */
  trigger: string;
  rule: string;
  confidence: number;
}

export type Stance = 'asserts' | 'denies' | 'warns' | 'estimates' | 'quotes';

export interface Claim {
  id: string;
  sentence: number;
  /** The claim's own words, quotes stripped. */
  text: string;
  start: number;
  end: number;
  /** Entity id of who asserts it, or null when unattributed. */
  speaker: string | null;
  /** Entity ids of the reporting chain, nearest first. */
  via: string[];
  /** The reporting verb as written (e.g. قالت, said), or null. */
  verb: string | null;
  stance: Stance;
  about: string[];
  rule: string;
  confidence: number;
}

export interface ExtractionDocument {
  /** Version of the document's shape, for readers that store it. */
  schema: 1;
  article: ArticleMeta;
  related: string[];
  /** Spans of the text left out of the body (related-news blocks, captions, share lines). */
  boilerplate: { start: number; end: number; kind: string; text: string }[];
  sentences: Sentence[];
  entities: Entity[];
  events: Event[];
  claims: Claim[];
}

/** Optional hints the caller knows better than the text (from a JSON record or an HTTP form). */
export interface ExtractOptions {
  lang?: Lang;
  publishedAt?: string;
  source?: string;
  url?: string;
}

/** Thrown for input that cannot be read as an article; message is meant for the user. */
export class ExtractionError extends Error {
  constructor(
    message: string,
    readonly code: 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'UNSUPPORTED_LANGUAGE',
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
