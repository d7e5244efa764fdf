// extract(text) → the extraction document (types.ts). Pure: no I/O but reading the lexicons
// once; the same input always gives the same output.
import { actorData } from './actors.ts';
import { findClaims } from './claims.ts';
import { countryData } from './countries.ts';
import { findEntities, type AnalysedSentence } from './entities.ts';
import { findEvents } from './events.ts';
import { detectLanguage } from './lang.ts';
import { normalize, normalizePhrase, stripDiacritics } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import { parseStructure, type HeaderKnowledge } from './structure.ts';
import { tokenize, type Token } from './tokens.ts';
import { ExtractionError, type ExtractionDocument, type ExtractOptions } from './types.ts';

export { ExtractionError } from './types.ts';
export type * from './types.ts';

/** Largest text accepted, in UTF-16 code units (about 10 MB of Arabic). */
export const MAX_TEXT_LENGTH = 5_000_000;

/** What the header parser asks of the lexicons (exported for bench:extract's stage figures). */
export const knowledge: HeaderKnowledge = {
  isNameWord(word) {
    const { functionWords, nameSpellings } = actorData();
    return !functionWords.has(normalize(word)) || nameSpellings.has(stripDiacritics(word));
  },
  place(phrase, read) {
    const { places, gazetteer } = countryData();
    const known = places.get(read ? read.norm : normalizePhrase(phrase));
    if (known) return known;
    // a dateline may name the country itself («الجزائر:», "GAZA"); a phrase of more words than
    // a country's name is none, and a headline asked about is not read to its end
    const toks = read ? read.wordTokens : openingWords(phrase, gazetteer.longest + 1);
    const m = gazetteer.longestAt(toks, 0);
    if (!m || m.to !== toks.length || m.payload.kind === 'demonym') return null;
    return { code: m.payload.code, zone: capitalZone().get(m.payload.code) ?? null, name: phrase.trim() };
  },
  outletAt(phrase) {
    const toks = openingWords(phrase, outletReach());
    const words = outletWords(toks);
    return words && words < toks.length ? toks[words - 1]!.end : 0;
  },
  isOutlet(phrase, words) {
    const toks = words ?? openingWords(phrase, outletReach());
    const n = outletWords(toks);
    return n > 0 && n === toks.length;
  },
};

/** How many of a header phrase's opening word tokens name an outlet (0 for none). A short form
 * («الأناضول») is an outlet here: a header segment names nothing else. */
function outletWords(toks: Token[]): number {
  const { actors, shortForms } = actorData();
  const m = actors.longestAt(toks, 0) ?? shortForms.longestAt(toks, 0);
  return m && m.payload.type === 'MEDIA' ? m.to : 0;
}

/** As far as an actor's name can reach from a phrase's start, and one word more. */
function outletReach(): number {
  const { actors, shortForms } = actorData();
  return Math.max(actors.longest, shortForms.longest) + 1;
}

/**
 * The first `reach` word tokens of a phrase (all where it has fewer): the opening of a whole
 * paragraph is asked about, and reading all of it cost more than the rest of the header's parse.
 */
function openingWords(phrase: string, reach: number): Token[] {
  // cut at a space, so that the tokens before it are the whole phrase's: first at the space that
  // ends as many words as wanted (fewer where some are punctuation alone), then twice as far on
  let cut = 0;
  for (let n = 0; n < reach && cut >= 0; n++) cut = phrase.indexOf(' ', cut + 1);
  for (; cut > 0; cut = phrase.indexOf(' ', 2 * cut)) {
    const toks = tokenize(phrase, 0, cut).filter((t) => t.kind === 'word');
    if (toks.length >= reach) return toks.slice(0, reach);
  }
  return tokenize(phrase).filter((t) => t.kind === 'word');
}

let zones: Map<string, string | null> | undefined;
/** A country's first listed place's zone (its capital's), for datelines that name the country. */
function capitalZone(): Map<string, string | null> {
  if (!zones) {
    zones = new Map();
    for (const p of countryData().places.values()) if (!zones.has(p.code)) zones.set(p.code, p.zone);
  }
  return zones;
}

export function checkText(text: string): void {
  if (typeof text !== 'string' || !text.trim()) throw new ExtractionError('the article is empty', 'EMPTY');
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractionError(`the article is too long (${text.length} characters; at most ${MAX_TEXT_LENGTH})`, 'TOO_LARGE');
  }
  const sample = text.slice(0, 100_000);
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > 0 && control / sample.length > 0.01) {
    throw new ExtractionError('the input looks binary (control or undecodable characters), not article text', 'BINARY');
  }
}

export function extract(text: string, opts: ExtractOptions = {}): ExtractionDocument {
  checkText(text);
  const guess = detectLanguage(text);
  const lang = opts.lang ?? guess.lang;
  if (!lang) throw new ExtractionError(`unsupported language: ${guess.reason}; Isnad reads Arabic and English`, 'UNSUPPORTED_LANGUAGE');

  const structure = parseStructure(text, knowledge);
  const meta = { ...structure.meta, lang };
  if (opts.publishedAt) {
    meta.publishedAt = opts.publishedAt;
    meta.rules.publishedAt = 'input';
  }
  if (opts.source && !meta.source) {
    meta.source = opts.source;
    meta.rules.source = 'input';
  }
  const sentences = splitSentences(text, structure.paragraphs);
  const analysed: AnalysedSentence[] = sentences.map((sentence) => ({
    sentence,
    tokens: tokenize(text, sentence.start, sentence.end),
  }));
  const found = findEntities(analysed, lang, meta.publishedAt, meta.dateline ? knowledge.place(meta.dateline)?.code ?? null : null);
  const refDate = meta.publishedAt ? meta.publishedAt.slice(0, 10) : null;
  const claims = findClaims(analysed, found, lang);
  const events = findEvents(analysed, found, lang, refDate);
  return {
    schema: 1,
    article: meta,
    related: structure.related,
    boilerplate: structure.boilerplate.map(({ start, end, kind, text: t }) => ({ start, end, kind, text: t })),
    sentences,
    entities: found.entities,
    events,
    claims,
  };
}
