// English clause reading shared by the attribution (claims-en.ts) and event (events-en.ts) rules:
// the sentences with their actor mentions and quotation marks, and who a verb's subject is
// ("Russia on Tuesday denied", "Moussa Seck, a political scientist at …, said", "Moscow and
// Pyongyang have denied", "his spokesman Stephane Dujarric told reporters").
import { codeAt, startsWithDigit } from './chars.ts';
import type { AnalysedSentence, EntityResult, MentionRef } from './entities.ts';
import { lexicons } from './lexicon.ts';
import { addFirstWord, firstWordBit, mayStart, type Token } from './tokens.ts';
import type { EntityType } from './types.ts';

export const ACTOR_TYPES = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'MEDIA', 'GROUP', 'COUNTRY']);
export const OPEN = new Set(['"', '“', '«']);
export const CLOSE = new Set(['"', '”', '»']);
export const QUOTES = new Set(['"', '“', '”', '«', '»']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
// words between a subject and its verb that do not break the clause: "Russia on Tuesday denied",
// "The Kremlin has denied", "Mr Sall also congratulated"
export const BETWEEN = new Set([
  'also', 'separately', 'again', 'later', 'earlier', 'previously', 'then', 'repeatedly', 'immediately', 'publicly',
  'privately', 'reportedly', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'did', 'does',
  'do', 'not', 'never', 'already', 'since', 'late', 'on', 'last', 'this', 'today', 'yesterday', 'tonight', 'night',
  'morning', 'afternoon', 'evening', 'once', 'twice', 'first', 'finally', 'recently', 'apparently', 'further', 'too',
  'himself', 'herself', 'itself', 'themselves', 'personally', 'directly', 'openly', 'formally', 'officially',
]);
export const OBLIQUE = new Set(['in', 'at', 'of', 'for', 'with', 'to', 'from', 'by', 'on', 'against', 'near', 'about', 'over', 'between', 'among', 'across', 'into', 'toward', 'towards', 'than', 'under', 'behind', 'like', 'via', 'outside', 'inside', 'around']);
export const DETERMINERS = new Set(['the', 'a', 'an']);
// "The first contingent of Kenyan police officers landed": a part or a number of a body, whose
// "of" names who acts
const PARTITIVES = new Set(['contingent', 'contingents', 'delegation', 'delegations', 'unit', 'units', 'team', 'teams', 'group', 'members', 'batch', 'convoy', 'squad', 'battalion', 'battalions', 'detachment', 'dozens', 'hundreds', 'thousands']);
export const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
// words after "the" that stand for the last organisation that spoke ("the group said")
export const ORG_WORDS = new Set(['group', 'organisation', 'organization', 'agency', 'ministry', 'company', 'charity', 'movement', 'militia', 'council', 'command', 'office', 'department', 'alliance', 'coalition', 'government', 'army', 'military', 'bank', 'court', 'party', 'embassy', 'mission', 'body', 'authority', 'committee', 'commission', 'institute', 'fund', 'union', 'bloc']);

export interface Sent {
  si: number;
  paragraph: number;
  toks: Token[];
  start: number;
  end: number;
  text: string;
  /** actor-like mentions, by start token */
  ms: MentionRef[];
  /** token k lies inside a quotation */
  quoted: readonly boolean[];
  /** the tokens that may start a word the claim and event rules look for (see `markRuleWords`) */
  starts: number[];
}

/** What the clause rules know of an article. */
export interface Article {
  sents: Sent[];
  found: EntityResult;
  types: Map<string, EntityType>;
}

/** Mentions without the country names inside another mention ("US" in "US officials"): the longer one is the noun phrase. */
function headsOnly(ms: MentionRef[]): MentionRef[] {
  let out: MentionRef[] | null = null; // a copy only when one is left out: most sentences keep all
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.rule.startsWith('country') && insideAnother(ms, m)) out ??= ms.slice(0, i);
    else out?.push(m);
  }
  return out ?? ms;
}

/** Whether a mention other than a country's spans m. */
function insideAnother(ms: MentionRef[], m: MentionRef): boolean {
  // (the span first: the rule's text is one more load, and most mentions are elsewhere)
  for (let k = 0; k < ms.length; k++) {
    const n = ms[k]!;
    if (n.from <= m.from && n.to >= m.to && n !== m && !n.rule.startsWith('country')) return true;
  }
  return false;
}

const byStart = (a: MentionRef, b: MentionRef) => a.from - b.from;

/**
 * Sorts a sentence's mentions by their start, in place and stably, as sort(byStart) does: by
 * insertion when they are few, as they mostly are, for Array.prototype.sort copies every array it
 * sorts (the copies were the largest garbage of the claim rules).
 */
function sortByStart(ms: MentionRef[]): MentionRef[] {
  if (ms.length > 32) return ms.sort(byStart);
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    let j = i - 1;
    for (; j >= 0 && ms[j]!.from > m.from; j--) ms[j + 1] = ms[j]!;
    ms[j + 1] = m;
  }
  return ms;
}

// The claim and event rules both read an article's sentences this way, one after the other: the
// second takes the first's reading (it cost each of them a tenth of its time). Kept for that one
// reader only: a reading kept until its article is collected outlived the young generation and
// was copied to the old one. One reading is kept, the last, not one per article in a WeakMap
// (setting it was an eighth of the reading's time).
let lastRead: { sentences: AnalysedSentence[]; article: Article } | null = null;

// The claim and event rules look for their words (verbs of saying, event frames) at every token
// of every sentence. The reading finds, once, the tokens that may start one, by a bit of the
// first-word index (tokens.ts) that has the first words of both rules' words, and the rules look
// only there: each rule's scan loaded every token and its reading (the events took 8% less time,
// the claims 3%, measured).
const RULE_WORDS = firstWordBit();
const wordLists: (() => Iterable<string>)[] = [];

/** Has the reading mark the tokens that may start these words (their first words, normalised), asked once before the next reading. */
export function markRuleWords(firstWords: () => Iterable<string>): void {
  wordLists.push(firstWords);
}

/** The word tokens that may start a rule's word. */
function ruleStarts(toks: Token[]): number[] {
  const starts: number[] = [];
  for (let k = 0; k < toks.length; k++) if (toks[k]!.kind === 'word' && mayStart(toks[k]!, RULE_WORDS)) starts.push(k);
  return starts;
}

/** The article's sentences with their actor mentions (by start token), quotation flags and the tokens the rules look at. */
export function readSentences(sentences: AnalysedSentence[], found: EntityResult): Article {
  if (wordLists.length) {
    for (const firstWords of wordLists.splice(0)) for (const w of firstWords()) addFirstWord(RULE_WORDS, w);
    lastRead = null; // (read before these words were known)
  }
  if (lastRead && lastRead.sentences === sentences && lastRead.article.found === found) {
    const known = lastRead.article;
    lastRead = null;
    return known;
  }
  const types = found.types;
  // actor mentions by sentence index
  const byS: MentionRef[][] = [];
  for (const m of found.mentions) {
    if (!ACTOR_TYPES.has(types.get(m.entity) ?? 'PLACE')) continue;
    (byS[m.sentence] ??= []).push(m);
  }
  const sents: Sent[] = [];
  let open = false;
  let paragraph = -1;
  for (const { sentence, tokens } of sentences) {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    let quoted = UNQUOTED;
    if (open || hasQuoteMark(tokens)) {
      const flags: boolean[] = [];
      open = quoteFlags(tokens, open, flags);
      quoted = flags;
    }
    const ms = byS[sentence.index];
    sents.push({
      si: sentence.index,
      paragraph: sentence.paragraph,
      toks: tokens,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      ms: ms ? sortByStart(headsOnly(ms)) : [],
      quoted,
      starts: ruleStarts(tokens),
    });
  }
  const article = { sents, found, types };
  lastRead = { sentences, article };
  return article;
}

export const typeOf = (ctx: Article, id: string) => ctx.types.get(id);
export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
// Whether a text starts with a capital or a small letter, ASCII decided without the Unicode regex:
// the clause rules ask it at token after token
export const startsUpper = (text: string): boolean => {
  const c = codeAt(text, 0); // tokens' texts are strings of every kind: see chars.ts
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
};
export const startsLower = (text: string): boolean => {
  const c = codeAt(text, 0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text);
};
/** A word that starts with a capital. */
export const isCapWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && startsUpper(t.text);

// (loops, not find with a closure: the clause rules ask these at token after token)
export function mentionEndingAt(s: Sent, k: number): MentionRef | undefined {
  for (const m of s.ms) if (m.to === k) return m;
  return undefined;
}
export function mentionAt(s: Sent, k: number): MentionRef | undefined {
  for (const m of s.ms) if (m.from === k) return m;
  return undefined;
}

/** A mention governed by a preposition ("in Dakar", "of the health ministry") is no subject. */
export function oblique(s: Sent, m: MentionRef): boolean {
  let k = m.from - 1;
  while (k >= 0 && DETERMINERS.has(s.toks[k]!.norm)) k--;
  return k >= 0 && OBLIQUE.has(s.toks[k]!.norm);
}

/** "a contingent of Kenyan police officers": the mention after a partitive's "of". */
function partOf(s: Sent, m: MentionRef): boolean {
  let k = m.from - 1;
  while (k >= 0 && DETERMINERS.has(s.toks[k]!.norm)) k--;
  return s.toks[k]?.norm === 'of' && PARTITIVES.has(s.toks[k - 1]?.norm ?? '');
}

/** A mention that only modifies the next one: "German Chancellor Olaf Scholz", "Iran's Foreign Minister …". */
export function modifier(s: Sent, m: MentionRef): boolean {
  if (s.toks[m.to]?.norm === 's') return true;
  if (!m.rule.startsWith('country')) return false;
  // (up to the next comma: "an agreement with Pakistan, officials said")
  return s.ms.some((n) => n !== m && n.from >= m.to && n.from - m.to <= 4 && !n.rule.startsWith('country') && !punctuated(s, m.to, n.from));
}

/** Whether a punctuation token lies in [from, to). */
function punctuated(s: Sent, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.toks[k]!.kind === 'punct') return true;
  return false;
}

// ---------------------------------------------------------------- speakers

export type Subject = ({ id: string; via: string[] } | { pronoun: string } | { nominal: string }) & { at: number };

/** Where a subject phrase starts, with its article ("the ministry", "a senior official"). */
export function withArticle(s: Sent, k: number): number {
  return k > 0 && DETERMINERS.has(s.toks[k - 1]!.norm) ? k - 1 : k;
}

/** The period of a middle initial ("S." in "Dmitri S. Peskov"). */
const initialAt = (toks: Token[], k: number): boolean => toks[k]!.norm === '.' && /^\p{Lu}$/u.test(toks[k - 1]?.text ?? '');

/**
 * The subject of the verb at token v: the nearest actor mention before it, past adverbs and
 * auxiliaries ("on Tuesday", "has", "also") and a comma-bounded apposition or participle
 * (", a political scientist at …,", ", speaking on condition of anonymity,"); or the name
 * that is itself the apposition ("Saudi Arabia's adviser, Musaad al-Aiban, was quoted").
 */
export function subjectBefore(ctx: Article, s: Sent, v: number): Subject | null {
  const { toks } = s;
  let j = v - 1;
  let commas = 0;
  while (j >= 0) {
    const t = toks[j]!;
    let m = mentionEndingAt(s, j + 1);
    // "A Western diplomat in Beirut said": the place after the subject is not the subject
    if (m && oblique(s, m)) m = postmodified(s, m.from - 1);
    if (m && !oblique(s, m)) {
      // "Moscow and Pyongyang have denied": the first of coordinated subjects
      let first = m;
      for (;;) {
        // "Vladimir Putin and North Korean leader Kim Jong Un": back over the second one's modifiers
        let q = first.from - 1;
        while (q > 0 && first.from - q <= 5 && isWord(toks[q]) && toks[q]!.norm !== 'and') q--;
        const prev = q > 0 && toks[q]!.norm === 'and' ? mentionEndingAt(s, q) : undefined;
        if (!prev) break;
        first = prev;
      }
      const sp = spokespersonOf(ctx, s, first);
      return sp ? { ...sp, at: withArticle(s, first.from - 2) } : { id: first.entity, via: [], at: withArticle(s, first.from) };
    }
    if (t.kind === 'punct') {
      if ((t.norm === ',' || t.norm === '—' || t.norm === '–') && commas < 2) {
        // jump over the apposition to the comma that opens it
        let q = j - 1;
        // (a middle initial's period is inside the name: ", Dmitri S. Peskov,")
        while (q >= 0 && j - q < 30 && toks[q]!.norm !== ',' && toks[q]!.norm !== '—' && !QUOTES.has(toks[q]!.text) && (toks[q]!.norm !== '.' || initialAt(toks, q))) q--;
        if (q < 0 || (toks[q]!.norm !== ',' && toks[q]!.norm !== '—')) return null;
        // the apposition is the name itself: ", Musaad bin Mohammed al-Aiban,"
        // (or ends it after given names and initials the lexicon's name leaves out: ", Dmitri S. Peskov,")
        const named = mentionAt(s, q + 1) ?? mentionEndingAt(s, j);
        if (named && named.to === j && typeOf(ctx, named.entity) === 'PERSON' && toks.slice(q + 1, named.from).every((t, n) => startsUpper(t.text) || initialAt(toks, q + 1 + n))) {
          return { id: named.entity, via: [], at: q + 1 };
        }
        commas++;
        // "Gebran Bassil, head of the Free Patriotic Movement, whose bloc …, said": a description
        // set off before this aside, and the name before it
        const described = commas < 2 ? describedBefore(ctx, s, q) : undefined;
        if (described) return { id: described.entity, via: [], at: withArticle(s, described.from) };
        j = q - 1;
        continue;
      }
      return null;
    }
    // "Amos Hochstein, who visited Beirut", "Guyana, which says …": the relative's antecedent
    if ((t.norm === 'who' || t.norm === 'which') && toks[j - 1]?.norm === ',') {
      const named = mentionEndingAt(s, j - 1);
      return named && !oblique(s, named) ? { id: named.entity, via: [], at: withArticle(s, named.from) } : null;
    }
    if (PRONOUNS.has(t.norm)) return { pronoun: t.norm, at: j };
    if (ORG_WORDS.has(t.norm) && toks[j - 1]?.norm === 'the') return { nominal: t.norm, at: j - 1 };
    // "Iran had kept supplying …", "they would continue to target …": the subject of the verb of
    // aspect is the subject of the act
    const aspect = ASPECT.has(t.norm) || (t.norm === 'to' && ASPECT.has(toks[j - 1]?.norm ?? ''));
    if (aspect || BETWEEN.has(t.norm) || startsWithDigit(t.norm) || isCalendar(t)) {
      j--;
      continue;
    }
    // "the RIA news agency reported", "Ukraine's SBU security service said": an outlet or body
    // named before the common noun of its kind
    if (startsLower(t.text)) {
      for (let q = j; q >= j - 2 && q > 0; q--) {
        if (!isWord(toks[q]) || !startsLower(toks[q]!.text) || BETWEEN.has(toks[q]!.norm)) break;
        const named = mentionEndingAt(s, q);
        const type = named ? ctx.types.get(named.entity) : undefined;
        // "Russian forces captured …": a nationality before a plural noun acts for its state;
        // "Niger's rulers expelled …": so does a state's organ named with its possessive
        const nationality = type === 'COUNTRY' && named?.rule === 'country.demonym' && toks[j]!.norm.endsWith('s');
        const organ = type === 'COUNTRY' && organOf(s, named!) && j - named!.to <= 2;
        if (named && (type === 'MEDIA' || type === 'ORGANIZATION' || type === 'GROUP' || nationality || organ) && (!oblique(s, named) || partOf(s, named))) {
          return { id: named.entity, via: [], at: withArticle(s, named.from) };
        }
      }
    }
    // "officials familiar with the negotiations said", "one diplomat present at the talks told"
    const head = postmodifierHead(s, j);
    if (head) return { id: head.entity, via: [], at: withArticle(s, head.from) };
    // "A resident who fled to the nearby town of Tawila told …": the subject before its relative clause
    for (let q = j; q > 0 && j - q < 15; q--) {
      const w = toks[q]!;
      if (w.kind === 'punct' && w.norm !== ',') break;
      if (w.norm !== 'who' && w.norm !== 'which') continue;
      const named = mentionEndingAt(s, q);
      if (named && !oblique(s, named)) return { id: named.entity, via: [], at: withArticle(s, named.from) };
      break;
    }
    // "The United States and its allies have accused": the named one of the pair
    if (startsLower(t.text)) {
      let q = j - 1;
      while (q > 0 && j - q < 3 && isWord(toks[q]) && startsLower(toks[q]!.text) && toks[q]!.norm !== 'and') q--;
      const named = q > 0 && toks[q]!.norm === 'and' ? mentionEndingAt(s, q) : undefined;
      if (named && !oblique(s, named)) return { id: named.entity, via: [], at: withArticle(s, named.from) };
    }
    return null;
  }
  return null;
}

const ASPECT = new Set(['kept', 'keeps', 'keep', 'continued', 'continues', 'continue', 'began', 'begins', 'begin', 'started', 'starts', 'start', 'resumed', 'resumes', 'resume']);

// what a state acts through, named with the state's possessive ("Niger's rulers")
const STATE_ORGANS = new Set(['rulers', 'government', 'leaders', 'leadership', 'junta', 'authorities', 'military', 'army', 'forces', 'troops', 'navy', 'cabinet', 'regime']);

/** "Niger's rulers": a country's possessive before one of its organs. */
function organOf(s: Sent, m: MentionRef): boolean {
  return s.toks[m.to]?.norm === 's' && STATE_ORGANS.has(s.toks[m.to + 1]?.norm ?? '');
}

// adjectives and participles that open a phrase after the noun they describe
export const POSTMODIFIERS = new Set(['familiar', 'close', 'present', 'based', 'involved', 'briefed', 'stationed']);
const POSTMODIFYING_PREPOSITIONS = new Set(['in', 'at', 'from', 'of']);

/** The actor named right before a preposition at token k: "a Western diplomat | in Beirut", "Ulf Kristersson | of Sweden". */
function postmodified(s: Sent, k: number): MentionRef | undefined {
  if (!POSTMODIFYING_PREPOSITIONS.has(s.toks[k]?.norm ?? '')) return undefined;
  const m = mentionEndingAt(s, k);
  return m && !m.rule.startsWith('country') ? m : undefined;
}

/** The actor named before a lower-case description that ends at the comma at q: "Bassil, | head of the FPM|,". */
function describedBefore(ctx: Article, s: Sent, q: number): MentionRef | undefined {
  const { toks } = s;
  let p = q - 1;
  while (p > 0 && q - p < 12 && toks[p]!.kind === 'word') p--;
  if (p <= 0 || toks[p]!.norm !== ',' || !startsLower(toks[p + 1]?.text ?? '')) return undefined;
  const m = mentionEndingAt(s, p);
  return m && !oblique(s, m) && typeOf(ctx, m.entity) === 'PERSON' ? m : undefined;
}

/** The actor described by a short phrase that ends at token j: "officials | familiar with the negotiations". */
function postmodifierHead(s: Sent, j: number): MentionRef | undefined {
  const { toks } = s;
  for (let q = j; q > 0 && j - q < 6; q--) {
    const t = toks[q]!;
    if (!isWord(t) || startsUpper(t.text)) return undefined;
    if (!POSTMODIFIERS.has(t.norm)) continue;
    const m = mentionEndingAt(s, q);
    return m && !oblique(s, m) && !m.rule.startsWith('country') ? m : undefined;
  }
  return undefined;
}

let calendar: Set<string> | undefined;
export function isCalendar(t: Token): boolean {
  if (!calendar) {
    const d = lexicons().dates;
    calendar = new Set([...Object.keys(d.monthsEn), ...Object.keys(d.weekdaysEn)].map((x) => x.toLowerCase()));
  }
  return calendar.has(t.norm);
}

/** "his spokesman Stephane Dujarric told reporters": the principal speaks through the spokesperson. */
export function spokespersonOf(ctx: Article, s: Sent, m: MentionRef): { id: string; via: string[] } | null {
  const { toks } = s;
  const k = m.from;
  if (!SPOKES.has(toks[k - 1]?.norm ?? '') || !['his', 'her', 'its', 'their'].includes(toks[k - 2]?.norm ?? '')) return null;
  const owner = [...s.ms].reverse().find((x) => x.to <= k - 2 && x.entity !== m.entity && typeOf(ctx, x.entity) !== 'COUNTRY');
  return owner ? { id: owner.entity, via: [m.entity] } : null;
}

/** The subject of the sentence's main clause: its first actor mention that is not oblique or a modifier. */
export function mainSubject(ctx: Article, s: Sent, before: number): { id: string; via: string[] } | null {
  for (const m of s.ms) {
    if (m.from >= before) break;
    if (s.quoted[m.from] || oblique(s, m) || (modifier(s, m) && !organOf(s, m))) continue;
    return { id: m.entity, via: [] };
  }
  return null;
}

// The flags of a sentence outside any quotation, as most are: read as false at every index. (An
// array of falses for each such sentence was over a quarter of the reading's garbage: 32 KB an
// article, now 23.)
const UNQUOTED: readonly boolean[] = Object.freeze([]);

/** Whether a sentence has a quotation mark. */
function hasQuoteMark(toks: Token[]): boolean {
  for (let k = 0; k < toks.length; k++) if (toks[k]!.kind === 'punct' && isQuoteMark(toks[k]!.text)) return true;
  return false;
}

/** Pushes to `quoted` whether each token lies inside a quotation; returns whether one is open at the end. */
function quoteFlags(toks: Token[], openAtStart: boolean, quoted: boolean[]): boolean {
  let open = openAtStart;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && isQuoteMark(t.text)) {
      const opens = t.text === '"' ? !open : OPEN.has(t.text);
      quoted.push(false);
      open = opens;
      continue;
    }
    quoted.push(open);
  }
  return open;
}

/** QUOTES.has(text), told by the character code: it is asked of every token. */
function isQuoteMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = codeAt(text, 0);
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}
