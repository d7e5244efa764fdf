// Turns one article and its extraction document into the flat parameter rows that the
// `cypher/ingest/*.cypher` statements UNWIND. Pure: no driver, no I/O, so that what gets
// written can be tested without a database.
import type { Entity, EntityType, ExtractionDocument } from '../extract/types.ts';
import { countryByCode } from './countries.ts';
import { articleId, claimId, contentHash, eventId, sentenceId } from './ids.ts';

/** An article as read from a file or a request, before extraction. */
export interface ArticleInput {
  text: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  lang?: 'ar' | 'en' | null;
  /** Where it was read (file, file:line), for error reports; not part of the article. */
  origin?: string;
}

export type EntityLabel = 'Actor' | 'Country' | 'Place';

export interface EntityRow {
  id: string;
  label: EntityLabel;
  type: EntityType;
  code: string | null;
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  aliases: string[];
  country: string | null;
  role: string | null;
  known: boolean;
  region: string | null;
}

export interface MentionRow {
  entity: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
}

export interface SentenceRow {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  mentions: MentionRow[];
}

export interface ArticleMentionRow {
  entity: string;
  /** What this article says the entity is called and does: replacing the article takes it
   * back, and for entities detected in text the most common reading wins. */
  aliases: string[];
  name: string;
  role: string | null;
  count: number;
  sentence: number;
  rule: string;
  confidence: number;
}

export interface ArticleRow {
  id: string;
  hash: string;
  url: string | null;
  source: string | null;
  lang: string;
  title: string | null;
  author: string | null;
  dateline: string | null;
  publishedAt: string | null;
  publishedDate: string | null;
  text: string;
  /** Every entity this article's write touches, kept on the Article node so that replacing
   * the article knows whose counts to recompute and which nodes may be left orphaned. */
  entityIds: string[];
  sentences: SentenceRow[];
  mentions: ArticleMentionRow[];
}

export interface AffiliationRow {
  articleId: string;
  entity: string;
  country: string;
  sentence: number | null;
  rule: string;
  confidence: number;
}

export interface EventRow {
  articleId: string;
  mergeKey: string;
  /** The id the event gets if no earlier report of it exists. */
  newId: string;
  code: string;
  root: string;
  label: string;
  quadClass: number;
  date: string | null;
  mode: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
  trigger: string;
  rule: string;
  confidence: number;
  source: string[];
  target: string[];
  place: string | null;
}

export interface ClaimRow {
  id: string;
  articleId: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
  verb: string | null;
  stance: string;
  date: string | null;
  rule: string;
  confidence: number;
  speaker: string | null;
  via: { entity: string; order: number }[];
  about: string[];
}

export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  affiliations: AffiliationRow[];
  events: EventRow[];
  claims: ClaimRow[];
}

const LABELS: Record<EntityType, EntityLabel> = {
  PERSON: 'Actor',
  ORGANIZATION: 'Actor',
  MEDIA: 'Actor',
  GROUP: 'Actor',
  COUNTRY: 'Country',
  PLACE: 'Place',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/u;

/** The calendar day of an ISO 8601 string, or null when it has none. */
export function dayOf(iso: string | null | undefined): string | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? m[0] : null;
}

const sortedUnique = (ids: string[]): string[] => [...new Set(ids)].sort();

/** Reports of one event in different articles share this key (same CAMEO root, same
 * participants); the date test is done in Cypher against the stored events. An undated
 * report, or one with no participant at all, is only comparable within its own article, so
 * its key carries the article id. */
export function eventMergeKey(
  code: string,
  source: string[],
  target: string[],
  date: string | null,
  article: string,
): string {
  const src = sortedUnique(source);
  const tgt = sortedUnique(target);
  const key = `${code.slice(0, 2)}|${src.join(',')}|${tgt.join(',')}`;
  return date === null || (src.length === 0 && tgt.length === 0) ? `${key}|${article}` : key;
}

function entityRow(e: Entity): EntityRow {
  const label = LABELS[e.type];
  const code = label === 'Country' ? (e.code ?? e.id.replace(/^country:/u, '')).toUpperCase() : null;
  const iso = code ? countryByCode(code) : undefined;
  return {
    id: e.id,
    label,
    type: e.type,
    code,
    name: e.name,
    nameAr: e.nameAr ?? iso?.nameAr ?? null,
    nameEn: e.nameEn ?? iso?.nameEn ?? null,
    aliases: sortedUnique([e.name, ...e.aliases].filter((a) => a.trim() !== '')),
    country: label === 'Actor' || label === 'Place' ? (e.country?.toUpperCase() ?? null) : null,
    role: label === 'Actor' ? (e.role ?? null) : null,
    known: e.known,
    region: iso?.region ?? null,
  };
}

/** A row for a country that an affiliation names but the document does not list. */
function countryRow(code: string): EntityRow {
  const iso = countryByCode(code);
  return {
    id: `country:${code}`,
    label: 'Country',
    type: 'COUNTRY',
    code,
    name: iso?.name ?? code,
    nameAr: iso?.nameAr ?? null,
    nameEn: iso?.nameEn ?? null,
    aliases: iso ? [...iso.aliases].sort() : [code],
    country: null,
    role: null,
    known: iso !== undefined,
    region: iso?.region ?? null,
  };
}

export function articleRows(input: ArticleInput, doc: ExtractionDocument): ArticleRows {
  const id = articleId(input.text, input.url);
  const hash = contentHash(input.text, {
    url: input.url,
    source: input.source,
    publishedAt: input.publishedAt,
    lang: input.lang,
  });
  const sentenceIndexes = new Set(doc.sentences.map((s) => s.index));
  const docEntities = new Map(doc.entities.map((e) => [e.id, e]));
  const known = (ids: (string | null)[]): string[] => ids.filter((x): x is string => x !== null && docEntities.has(x));

  // Mentions outside the body's sentences (e.g. in a related-news headline) have no sentence
  // to point to, so they are not evidence.
  const mentionsBySentence = new Map<number, MentionRow[]>();
  const mentionStats = new Map<string, ArticleMentionRow>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (!sentenceIndexes.has(m.sentence)) continue;
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push({ entity: e.id, start: m.start, end: m.end, text: m.text, rule: m.rule, confidence: m.confidence });
      mentionsBySentence.set(m.sentence, list);
      const stat = mentionStats.get(e.id);
      if (stat) {
        stat.count += 1;
        stat.sentence = Math.min(stat.sentence, m.sentence);
      } else {
        mentionStats.set(e.id, { entity: e.id, aliases: [], name: e.name, role: null, count: 1, sentence: m.sentence, rule: e.rule, confidence: e.confidence });
      }
    }
  }

  const events: EventRow[] = doc.events
    .filter((ev) => sentenceIndexes.has(ev.sentence))
    .map((ev) => {
      const source = sortedUnique(known(ev.source));
      const target = sortedUnique(known(ev.target));
      const date = dayOf(ev.date);
      const mergeKey = eventMergeKey(ev.code, source, target, date, id);
      return {
        articleId: id,
        mergeKey,
        newId: eventId(mergeKey, date, id),
        code: ev.code,
        root: ev.code.slice(0, 2),
        label: ev.label,
        quadClass: ev.quadClass,
        date,
        mode: ev.mode,
        sentence: ev.sentence,
        text: ev.text,
        start: ev.start,
        end: ev.end,
        trigger: ev.trigger,
        rule: ev.rule,
        confidence: ev.confidence,
        source,
        target,
        place: ev.place !== null && docEntities.has(ev.place) ? ev.place : null,
      };
    });

  const publishedAt = doc.article.publishedAt ?? input.publishedAt ?? null;
  const claims: ClaimRow[] = doc.claims
    .filter((c) => sentenceIndexes.has(c.sentence))
    .map((c, n) => ({
      id: claimId(id, n),
      articleId: id,
      sentence: c.sentence,
      text: c.text,
      start: c.start,
      end: c.end,
      verb: c.verb,
      stance: c.stance,
      date: dayOf(publishedAt),
      rule: c.rule,
      confidence: c.confidence,
      speaker: c.speaker !== null && docEntities.has(c.speaker) ? c.speaker : null,
      via: known(c.via).map((entity, order) => ({ entity, order })),
      about: sortedUnique(known(c.about)),
    }));

  // An entity is written only when something in this article points at it; one that is
  // neither mentioned nor a participant would be an orphan the moment it is written.
  const referenced = new Set<string>(mentionStats.keys());
  for (const ev of events) [...ev.source, ...ev.target, ...(ev.place ? [ev.place] : [])].forEach((x) => referenced.add(x));
  for (const c of claims) [...(c.speaker ? [c.speaker] : []), ...c.via.map((v) => v.entity), ...c.about].forEach((x) => referenced.add(x));

  const entities = new Map<string, EntityRow>();
  for (const e of doc.entities) if (referenced.has(e.id)) entities.set(e.id, entityRow(e));
  for (const stat of mentionStats.values()) {
    const row = entities.get(stat.entity);
    stat.aliases = row?.aliases ?? [];
    stat.role = row?.role ?? null;
  }

  const affiliations: AffiliationRow[] = [];
  for (const e of doc.entities) {
    const row = entities.get(e.id);
    if (!row?.country) continue;
    const country = `country:${row.country}`;
    if (country === row.id) continue;
    if (!entities.has(country)) entities.set(country, countryRow(row.country));
    affiliations.push({
      articleId: id,
      entity: e.id,
      country,
      sentence: mentionStats.get(e.id)?.sentence ?? events.find((ev) => ev.source.includes(e.id) || ev.target.includes(e.id))?.sentence ?? null,
      rule: e.rule,
      confidence: e.confidence,
    });
  }

  const article: ArticleRow = {
    id,
    hash,
    url: input.url ?? null,
    source: doc.article.source ?? input.source ?? null,
    lang: doc.article.lang,
    title: doc.article.title,
    author: doc.article.author,
    dateline: doc.article.dateline,
    publishedAt,
    publishedDate: dayOf(publishedAt),
    text: input.text,
    entityIds: [...entities.keys()].sort(),
    sentences: doc.sentences.map((s) => ({
      id: sentenceId(id, s.index),
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      mentions: mentionsBySentence.get(s.index) ?? [],
    })),
    mentions: [...mentionStats.values()],
  };

  return { article, entities: [...entities.values()], affiliations, events, claims };
}

/** One row per entity id across a batch: lexicon (known) values win over text-detected ones,
 * aliases are the union. Sorted by id so that concurrent writers lock entities in the same
 * order and do not deadlock on each other. */
export function mergeEntityRows(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const prev = byId.get(row.id);
    if (!prev) {
      byId.set(row.id, { ...row, aliases: [...row.aliases] });
      continue;
    }
    const [win, lose] = prev.known || !row.known ? [prev, row] : [row, prev];
    byId.set(row.id, {
      ...win,
      nameAr: win.nameAr ?? lose.nameAr,
      nameEn: win.nameEn ?? lose.nameEn,
      country: win.country ?? lose.country,
      role: win.role ?? lose.role,
      region: win.region ?? lose.region,
      aliases: sortedUnique([...prev.aliases, ...row.aliases]),
    });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A change to an entity's tally of readings (refresh-entities.cypher): `key` is `name:<name>`,
 * `role:<role>` ('' for none) or `country:<code>`, `n` how many articles' readings it gains
 * (negative when replaced or deleted articles take theirs back). */
export interface ReadingDelta {
  key: string;
  n: number;
}

export interface ReadingRow {
  id: string;
  deltas: ReadingDelta[];
}

/** The readings an article gives its entities: one name and one role per entity it mentions,
 * one country per affiliation it states. clear-articles.cypher returns the same for the stored
 * version of an article it removes. */
export interface TakenReading {
  entity: string;
  key: string;
}

export function articleReadings(a: ArticleRows): TakenReading[] {
  const out: TakenReading[] = [];
  for (const m of a.article.mentions) {
    out.push({ entity: m.entity, key: `name:${m.name}` }, { entity: m.entity, key: `role:${m.role ?? ''}` });
  }
  for (const f of a.affiliations) out.push({ entity: f.entity, key: `country:${f.country.replace(/^country:/u, '')}` });
  return out;
}

/** One row per touched entity (sorted by id, so that writers lock in one order), with what the
 * batch adds to its tally and what removed articles take back. An entity with no change still
 * gets its row: refresh-entities.cypher also deletes the entities left with no edge. */
export function readingDeltas(added: TakenReading[], takenBack: TakenReading[], touched: Iterable<string>): ReadingRow[] {
  const byId = new Map<string, Map<string, number>>();
  const count = (r: TakenReading, n: number) => {
    let keys = byId.get(r.entity);
    if (!keys) byId.set(r.entity, (keys = new Map()));
    keys.set(r.key, (keys.get(r.key) ?? 0) + n);
  };
  for (const r of added) count(r, 1);
  for (const r of takenBack) count(r, -1);
  const ids = new Set(touched);
  for (const id of byId.keys()) ids.add(id);
  return [...ids].sort().map((id) => ({
    id,
    deltas: [...(byId.get(id) ?? [])]
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, n]) => ({ key, n })),
  }));
}
