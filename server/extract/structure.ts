// Article structure: headline, byline and dateline, publication date, the body's paragraphs,
// and the boilerplate that copied web pages carry (related-news links, captions, share lines).
import { isSpace, isWordChar } from './chars.ts';
import { absoluteDateAt, localIso } from './dates.ts';
import { lexicons } from './lexicon.ts';
import { normalize, normalizePhrase } from './normalize.ts';
import type { Span } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';
import type { ArticleMeta } from './types.ts';

const words = lexicons().boilerplate;
const fold = (list: string[]) => list.map(normalizePhrase).filter(Boolean);

/**
 * For each word that opens a phrase of the marker lists below, the list's phrases it opens, by the
 * list's number. The lists share it so that a line's first word is looked up once, not once a list
 * (four or five look-ups for every line of the body).
 */
const OPENERS = new Map<string, (string[] | undefined)[]>();
const NO_OPENERS: (string[] | undefined)[] = [];
let lists = 0;

/** Files the phrases under their first words in OPENERS as a new list; its number. */
function openersOf(phrases: Iterable<string>): number {
  const list = lists++;
  for (const m of phrases) {
    const space = m.indexOf(' ');
    const word = space < 0 ? m : m.slice(0, space);
    let byList = OPENERS.get(word);
    if (!byList) OPENERS.set(word, (byList = []));
    (byList[list] ??= []).push(m);
  }
  return list;
}

/**
 * Normalised phrases that may open a line, in the lexicon's order. A line is compared only with
 * the phrases that share its first word: most lines share none, and are not normalised for them.
 */
class Markers {
  readonly #list: number;

  constructor(readonly phrases: string[]) {
    this.#list = openersOf(phrases);
  }

  /** The first phrase the line starts with, followed by nothing or a space; with `more`, by more words. */
  at(line: Line, more = false): string | null {
    const same = line.openers[this.#list];
    if (!same) return null;
    const norm = line.norm;
    for (const m of same) {
      if (norm.startsWith(m) && (norm.length === m.length ? !more : norm.charCodeAt(m.length) === 0x20)) return m;
    }
    return null;
  }
}

const MARKERS = {
  related: new Markers(fold(words.relatedMarkers)),
  caption: new Markers(fold(words.captionStarts)),
  share: new Markers(fold(words.shareStarts)),
  shareLine: new Set(fold(words.shareLines)),
  credit: new Markers(fold(words.creditStarts)),
  byline: new Markers(fold(words.bylineStarts)),
  label: fold(words.headerLabels),
  // longest first, so that «نشرت في» is taken whole before «نشرت»
  dateLine: new Markers(fold(words.dateLineStarts).sort((a, b) => b.split(' ').length - a.split(' ').length)),
  mediaTags: words.mediaTags.map((t) => t.toLowerCase()),
  credits: words.captionCredits.map((t) => ({ credit: t.toLowerCase(), endsWord: /[\p{L}\p{N}]$/u.test(t.toLowerCase()) })),
};

/** What the header parser needs to know about places, outlets and names. */
export interface HeaderKnowledge {
  /** Whether a word (as written) can be part of a writer's name: not a function word, unless spelled as a name («علي», not «على»). */
  isNameWord(text: string): boolean;
  /** The place a phrase names; `read`, the phrase's normal form and word tokens where the caller has them (a line's), spares reading it again. */
  place(phrase: string, read?: { readonly norm: string; readonly wordTokens: Token[] }): { code: string; zone: string | null; name: string } | null;
  /** True when the phrase names a news outlet or agency; `words`, the phrase's word tokens where the caller has them, spares tokenizing it again. */
  isOutlet(phrase: string, words?: Token[]): boolean;
  /** Length of the outlet's name the phrase starts with, followed by more words; 0 when it starts with none. */
  outletAt(phrase: string): number;
}

export interface Boilerplate {
  start: number;
  end: number;
  kind: 'related-marker' | 'related' | 'caption' | 'share' | 'header';
  text: string;
}

export interface Structure {
  meta: Omit<ArticleMeta, 'lang'>;
  related: string[];
  boilerplate: Boilerplate[];
  /** The body, as paragraph spans of the original text. */
  paragraphs: Span[];
}

/**
 * A non-empty line, trimmed. Most lines are body paragraphs that only a look at their first word
 * and last character reads, so what else is read of a line is made when first asked for
 * (normalising every line was a quarter of parseStructure's time, counting the words of every
 * line a tenth).
 */
class Line {
  /** parseHeader's reading of the line, once asked for: the header loop asks again and again. */
  header: HeaderResult | null | undefined;
  #words = -1;
  #norm: string | undefined;
  #firstWord: string | undefined;
  #openers: (string[] | undefined)[] | undefined;
  #lower: string | undefined;
  #tokens: Token[] | undefined;
  #wordTokens: Token[] | undefined;
  #date: DateSegment | null | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly article: string,
  ) {}

  /** Words of the normalised line, as `norm.split(' ').length` (0 when it is empty). */
  get words(): number {
    if (this.#words < 0) {
      // read in the article's text, one string for every line (see chars.ts)
      const words = phraseWords(this.article, this.start, this.end);
      this.#words = words >= 0 ? words : this.norm ? wordCount(this.norm) : 0;
    }
    return this.#words;
  }

  get norm(): string {
    return (this.#norm ??= normalizePhrase(this.text));
  }

  /** The first word of norm, read without normalising the line where its first characters allow. */
  get firstWord(): string {
    if (this.#firstWord === undefined) {
      const norm = plainFirstWord(this.text) ?? this.norm;
      const space = norm.indexOf(' ');
      this.#firstWord = space < 0 ? norm : norm.slice(0, space);
    }
    return this.#firstWord;
  }

  /** The marker phrases that share the line's first word, by marker list (see OPENERS). */
  get openers(): (string[] | undefined)[] {
    return (this.#openers ??= OPENERS.get(this.firstWord) ?? NO_OPENERS);
  }

  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase());
  }

  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.text));
  }

  get wordTokens(): Token[] {
    return (this.#wordTokens ??= this.tokens.filter((t) => t.kind === 'word'));
  }

  /** The date the whole line gives (see dateCovering), or null. */
  get date(): DateSegment | null {
    if (this.#date === undefined) this.#date = mayHoldNumber(this.text) ? dateCovering(this.tokens) : null;
    return this.#date;
  }
}

// Whether a character may be or become (by NFKC: "１", "㏩") a digit of a token's norm; the
// halves of a surrogate pair may ("𝟐"). Filled as characters are met.
const MAYBE_DIGIT = new Uint8Array(0x10000).fill(2);
function mayBeDigit(c: number): boolean {
  if (MAYBE_DIGIT[c] === 2) {
    const ch = String.fromCharCode(c);
    MAYBE_DIGIT[c] = (c >= 0xd800 && c <= 0xdfff) || /\p{N}/u.test(ch) || /\d/.test(ch.normalize('NFKC')) ? 1 : 0;
  }
  return MAYBE_DIGIT[c] === 1;
}

/** Whether the text may hold a number, which every date and clock time has: a line with none
 * (most headlines and body lines asked) is not tokenized to read its date: tokenizing lines for
 * their dates was ~8% of parseStructure, this test is below 1%. */
function mayHoldNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (mayBeDigit(text.charCodeAt(i))) return true;
  return false;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    let s = start;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push(new Line(s, e, text.slice(s, e), text));
    start = i + 1;
  }
  return out;
}

/** Words of a non-empty normalised phrase (single spaces, none at the ends), without splitting it. */
function wordCount(norm: string): number {
  let n = 1;
  for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) n++;
  return n;
}

// What a character is to normalizePhrase: part of a word, a gap between words, nothing (a
// diacritic it drops), or UNSURE where its role may depend on its neighbours: where it changes
// whether or not the line's NFKC (which one character of the line brings on all of it) applies,
// and for a mark that NFKC may compose with the letter before it.
const GAP = 0;
const WORD = 1; // 1 after GAP's 0: phraseWords counts word starts without a branch
const DROPPED = 2;
const UNSURE = 3;
const roleIn = (ch: string): number => {
  const n = normalize(ch);
  const phrase = normalizePhrase(ch); // n without its gaps
  return n === '' ? DROPPED : phrase === '' ? GAP : phrase === n && !n.includes(' ') ? WORD : UNSURE;
};
function roleOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return UNSURE;
  const ch = String.fromCharCode(c);
  const role = roleIn(ch);
  return role === roleIn(ch.normalize('NFKC')) && (role === DROPPED || !/\p{M}/u.test(ch)) ? role : UNSURE;
}
// filled as characters are met: all of them at once would take 0.3 s at start
const NOT_YET = 255;
const CHAR_ROLE = new Uint8Array(0x10000).fill(NOT_YET);

const roleAt = (c: number): number => {
  const role = CHAR_ROLE[c]!;
  return role === NOT_YET ? (CHAR_ROLE[c] = roleOf(c)) : role;
};

// Characters that normalise alone as they do in any line: ASCII but for < = > (which compose with
// a combining slash), Arabic letters, tashkeel and digits, quotes and dashes. Those that trigger
// NFKC (« » “ ” – —) do not change these.
const isPlain = (c: number): boolean =>
  c < 0x80
    ? c !== 0x3c && c !== 0x3d && c !== 0x3e
    : (c >= 0x620 && c <= 0x652) || (c >= 0x660 && c <= 0x669) || c === 0xab || c === 0xbb || (c >= 0x2013 && c <= 0x2014) || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d);

/** The first word of normalizePhrase(s), where s is plain up to the gap after it; undefined where not. */
function plainFirstWord(s: string): string | undefined {
  let from = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isPlain(c)) return undefined;
    const role = roleAt(c);
    if (role === WORD && from < 0) from = i;
    else if (role === GAP && from >= 0) return normalize(s.slice(from, i));
  }
  return from < 0 ? '' : normalize(s.slice(from));
}

/** How many words normalizePhrase would make of text[from, to), without making them; -1 when unsure. */
function phraseWords(text: string, from: number, to: number): number {
  let words = 0;
  let last = GAP; // the role of the last character that was a word's or a gap's
  for (let i = from; i < to; i++) {
    const role = roleAt(text.charCodeAt(i));
    if (role > WORD) {
      if (role === DROPPED) continue;
      return -1;
    }
    // a word starts where a WORD follows a GAP: branching on it, once every few characters
    // the wrong way, took twice as long
    words += role & (last ^ 1);
    last = role;
  }
  return words;
}

/** Text after a marker and an optional colon or dash, as written. */
function afterMarker(line: Line): string {
  const m = /^[^:：|\-–—]*[:：|\-–—]\s*(.+)$/.exec(line.text);
  return m?.[1]?.trim() ?? '';
}

// Every media tag ends with one of these («(فيديو)», "Video:"): a line with none of them has no
// tag, and is not searched for each tag.
const MEDIA_TAG_ENDS = [...new Set(MARKERS.mediaTags.map((t) => t.charAt(t.length - 1)))];
const mayHaveMediaTag = (lower: string): boolean => MEDIA_TAG_ENDS.some((c) => lower.includes(c));

function stripMediaTags(s: string): string {
  let out = s;
  let lower = s.toLowerCase();
  if (!mayHaveMediaTag(lower)) return collapseSpaces(out).trim();
  for (let k = 0; k < words.mediaTags.length; k++) {
    const i = lower.indexOf(MARKERS.mediaTags[k]!);
    if (i < 0) continue;
    out = out.slice(0, i) + out.slice(i + words.mediaTags[k]!.length);
    lower = out.toLowerCase();
  }
  return collapseSpaces(out).trim();
}

/**
 * s with each run of white space made one space, as s.replace(/\s+/g, ' '): most lines have none
 * to change, and are not copied (the replacement was two thirds of stripMediaTags).
 */
function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || isSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

// English bylines: "By A and B", "A in London and B in New Delhi", a post under the name
// ("Middle East correspondent"), where the writer files from ("in Dakar", "Reporting from Jerusalem").
const ROLE_ENDS = new Set(fold(words.bylineRoles ?? []));
const PLACE_STARTS = new Markers(fold(words.bylinePlaceStarts ?? []));
// as whole words inside a line
const BYLINE_NOTES = fold(words.bylineNotes ?? []).map((m) => ` ${m} `);
const NAME_LINKS = new Set(['al', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'da', 'di', 'el', 'la', 'le', 'du', 'der', 'dos', 'das']);
const isLatinLine = (s: string) => /^[^\p{L}]*\p{Script=Latin}/u.test(s);

interface BylinePlace {
  name: string;
  zone: string | null;
}

/** "Maria Santos in Manila and Zhou Ling in Beijing": the writers' names and the places they file from. */
function latinBylineNames(s: string, know: HeaderKnowledge): { names: string[]; places: BylinePlace[] } | null {
  const names: string[] = [];
  const places: BylinePlace[] = [];
  for (const part of s.trim().split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
    const at = part.indexOf(' in ');
    const name = (at >= 0 ? part.slice(0, at) : part).trim();
    const ws = name.split(/\s+/);
    if (ws.length < 2 || ws.length > 5 || /[\d.!?:"“”(]/.test(name)) return null;
    if (!ws.every((w) => /^\p{Lu}/u.test(w) || NAME_LINKS.has(w.toLowerCase()))) return null;
    names.push(name);
    if (at >= 0) {
      const where = part.slice(at + 4).trim();
      const p = know.place(where);
      if (!p) return null;
      if (!places.some((x) => x.name === where)) places.push({ name: where, zone: p.zone });
    }
  }
  return names.length ? { names, places } : null;
}

type LatinHeader =
  | { kind: 'names'; names: string[]; places: BylinePlace[] }
  | { kind: 'place'; place: BylinePlace }
  | { kind: 'role' }
  | { kind: 'outlet'; source: string; place: BylinePlace }
  | { kind: 'time' };

/** An English header line that is neither a headline nor a date: see latinBylineNames and the lexicon's byline words. */
function latinHeader(l: Line, know: HeaderKnowledge, next: Line | undefined, afterDate = false): LatinHeader | null {
  if (l.words <= 24 && isLatinLine(l.text) && BYLINE_NOTES.some((m) => l.norm.includes(m))) return { kind: 'role' };
  if (l.words > 16 || !isLatinLine(l.text) || endsWithOneOf(l.text, '.!?')) return null;
  if (mayHoldNumber(l.text) && isTimeLine(l.tokens)) return { kind: 'time' };
  const lastWord = l.norm.slice(l.norm.lastIndexOf(' ') + 1);
  if (l.words <= 5 && ROLE_ENDS.has(lastWord)) return { kind: 'role' };
  const start = PLACE_STARTS.at(l, true);
  if (start) {
    const where = l.text.split(/\s+/).slice(start.split(' ').length).join(' ').replace(/^[:,]\s*/, '');
    const p = know.place(where);
    if (p) return { kind: 'place', place: { name: where, zone: p.zone } };
  }
  // "BBC News, Nairobi": the writer's outlet and bureau
  const comma = l.text.indexOf(',');
  if (comma > 0 && l.words <= 6) {
    const outlet = l.text.slice(0, comma).trim();
    const where = l.text.slice(comma + 1).trim();
    const p = know.isOutlet(outlet) ? know.place(where) : null;
    if (p) return { kind: 'outlet', source: outlet, place: { name: where, zone: p.zone } };
  }
  // a bare name line counts only where a byline stands: right above a date line (a headline has
  // no date under it) or the writer's outlet ("Laura Mendes" / "BBC News"), or in capitals right
  // under the date line ("Updated - October 22, 2024 …" / "ANANYA RAGHAVAN")
  // (the names first: most lines asked are headlines, which they refuse at their first words, where
  // the line below is tokenized for its date)
  const names = latinBylineNames(l.text, know);
  const placed =
    !!names &&
    ((!!next && (!!next.date || know.isOutlet(next.text.trim()))) || (afterDate && l.text === l.text.toUpperCase()));
  return placed ? { kind: 'names', ...names } : null;
}

// a line of more words is none of them
const SHARE_LINE_WORDS = Math.max(...[...MARKERS.shareLine].map(wordCount));
// a line whose first word opens none of them is none of them
const SHARE_LINE_OPENERS = openersOf(MARKERS.shareLine);

const isShort = (l: Line, max = 25) => l.words > 0 && l.words <= max;

/** A line that is a date: a short one, or a longer one introduced as such («نشر في … | آخر تحديث …»). */
function headerDate(l: Line): DateSegment | null {
  if (!isShort(l, MARKERS.dateLine.at(l) ? 30 : 14)) return null;
  return l.date;
}

/** Two to five words of a name and nothing else, a trailing post («صحافي», "correspondent") left out. */
function bareName(l: Line, know: HeaderKnowledge): string | null {
  if (l.words < 2 || l.words > 6 || /[\d.،,!?؟:"«»()|]/.test(l.text)) return null;
  const ws = l.text.split(/\s+/);
  const norms = l.norm.split(' ');
  if (ROLE_ENDS.has(norms.at(-1)!)) {
    ws.pop();
    norms.pop();
  }
  if (norms.length < 2 || norms.length > 5 || ws.some((w) => !know.isNameWord(w))) return null;
  return ws.join(' ');
}
const looksLikeHeadline = (l: Line) => isShort(l, 30) && !endsWithMark(l.text, '.!؟?');

function classifyBoilerplate(lines: Line[]): { kinds: (Boilerplate['kind'] | null)[]; related: string[] } {
  const kinds: (Boilerplate['kind'] | null)[] = lines.map(() => null);
  const related: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (kinds[i]) continue;
    // the length tests come after a look at the line's first word or end: most lines are body
    // paragraphs, which those refuse without their words being counted
    if (MARKERS.related.at(l) && isShort(l, 30)) {
      kinds[i] = 'related-marker';
      const inline = afterMarker(l);
      if (inline && normalizePhrase(inline) !== MARKERS.related.at(l)) {
        related.push(stripMediaTags(inline));
        continue;
      }
      // The headlines of the block: the short lines that follow, not ending a sentence (a
      // headline may ask a question), up to a share line or the next marker.
      for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
        const n = lines[j]!;
        const headline = isShort(n, 30) && !endsWithMark(n.text, '.!');
        if (!headline || MARKERS.related.at(n) || MARKERS.share.at(n) || MARKERS.credit.at(n)) break;
        if ((n.text.match(/[|›]/g)?.length ?? 0) >= 2) break;
        kinds[j] = 'related';
        related.push(stripMediaTags(n.text));
      }
      continue;
    }
    if (!endsWithOneOf(l.text, '.!؟?') && hasMediaTag(l) && isShort(l, 30)) {
      kinds[i] = 'related';
      related.push(stripMediaTags(l.text));
      continue;
    }
    // a photo caption: a caption marker or credit, or a short line closed by a credit «(رويترز)»
    const creditAtEnd = endsWithOneOf(l.text, ')）') && isShort(l, 25) && /[(（][^()]{2,30}[)）]$/.test(l.text);
    if (
      // not the end of a sentence: tested before the credits are looked for, as most lines end one
      (creditAtEnd || !endsWithOneOf(l.text.endsWith(')') ? l.text.replace(/\([^)]*\)$/, '').trim() : l.text, '.!؟?')) &&
      (MARKERS.caption.at(l) || creditAtEnd || hasCredit(l.lower)) &&
      isShort(l, 40) &&
      // «نشر في 7/3/2024 (بتوقيت مكة المكرمة)» ends like a credited caption but is the date line
      !(creditAtEnd && l.date)
    ) {
      kinds[i] = 'caption';
      continue;
    }
    if (MARKERS.credit.at(l) && isShort(l, 30)) {
      kinds[i] = 'share';
      continue;
    }
    if (
      (MARKERS.share.at(l) && !endsWithOneOf(l.text, '.!؟?') && isShort(l, 20)) ||
      (l.openers[SHARE_LINE_OPENERS] && l.words <= SHARE_LINE_WORDS && MARKERS.shareLine.has(l.norm))
    ) {
      kinds[i] = 'share';
      continue;
    }
    // navigation breadcrumbs («الرئيسية › الأخبار», "Home > World") and tag lines (#النفط)
    if ((isCrumbs(l.text) || (l.text.startsWith('#') && /^(#\S+\s*)+$/u.test(l.text))) && isShort(l, 15)) {
      kinds[i] = 'share';
      continue;
    }
    // (a line that opens with a letter or digit is not tried)
    if (!isWordChar(l.text.charCodeAt(0)) && /^[\s\p{P}\p{S}]*$/u.test(l.text)) kinds[i] = 'share';
  }
  return { kinds, related };
}

/**
 * Whether the text ends with one of the characters: as /[…]$/, which tries every position of the
 * line, where this is the test that fails for most lines. By code: the last character as a string
 * was a new string for every Arabic line, three or four times a line.
 */
const endsWithOneOf = (text: string, chars: string): boolean => {
  const last = text.charCodeAt(text.length - 1); // NaN for an empty text
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === last) return true;
  return false;
};

/** Whether the text ends with one of the marks, or with one and a closing quote: as /[…]["”»']?$/. */
const endsWithMark = (text: string, marks: string): boolean =>
  endsWithOneOf(text, marks) || (endsWithOneOf(text, '"”»\'') && endsWithOneOf(text.slice(0, -1), marks));

// a line with a year is a date line set out with bars ("Source: Xinhua| 2024-03-28 23:41:05|Editor: …")
const isCrumbs = (text: string) => holdsTwoOf(text, CRUMB_MARKS) && !/\b(19|20)\d\d\b/.test(text);
const CRUMB_MARKS = ['›', '»', '>', '|'];

/** Whether the characters occur twice or more in the text, together: as /[…]/g matching twice, without an array of matches for every line. */
function holdsTwoOf(text: string, chars: string[]): boolean {
  let n = 0;
  for (const c of chars) {
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) if (++n === 2) return true;
  }
  return false;
}

const hasMediaTag = (l: Line) => {
  const lower = l.lower;
  return mayHaveMediaTag(lower) && MARKERS.mediaTags.some((t) => lower.includes(t));
};

// Any credit anywhere, words or not: one search of the line, where most lines have none, in place
// of a search for each credit (ten to a line, a tenth of the boilerplate's time).
const ANY_CREDIT = new RegExp(MARKERS.credits.map(({ credit }) => credit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));

/** A credit ("EPA", "Getty Images") as a word of the line, not inside one ("prepares", "Nepal"). */
function hasCredit(lower: string): boolean {
  if (!ANY_CREDIT.test(lower)) return false;
  for (const { credit, endsWord } of MARKERS.credits) {
    for (let i = lower.indexOf(credit); i >= 0; i = lower.indexOf(credit, i + 1)) {
      if (!isWordChar(lower.charCodeAt(i - 1)) && (!endsWord || !isWordChar(lower.charCodeAt(i + credit.length)))) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- the header

interface DateSegment {
  kind: 'date';
  date: string;
  time?: string;
  offset?: string | null;
}

type Segment =
  | DateSegment
  | { kind: 'place'; name: string; code: string; zone: string | null; source?: string; date?: string; time?: string; offset?: string | null }
  | { kind: 'source'; name: string }
  | { kind: 'author'; name: string }
  /** «المصدر:», «آخر تحديث:»: a label before the segment that carries the value */
  | { kind: 'label' };

// «بورتسودان ـ عادل إبراهيم»: Arabic sites also use a spaced tatweel as the dash
// «بغداد/ علي جواد/ الأناضول» and «علي جواد |22.04.2024»: agencies separate with slashes and bars; a
// slash with no space after it stays inside a segment ("MANILA/BEIJING", «7/3/2024»)
const SEPARATOR = /\s+[-–—ـ]+\s*|\s*[-–—]+\s+|\s*[-–—]{2,}\s*|\s*[:：]\s+|\s*\/\s+|\s*\|\s*/y;
// what each of them has first after its spaces
const SEPARATOR_MARK = /[-–—ـ:：/|]/g;

/**
 * SEPARATOR's first match in text[pos, end), where it starts at most `within` characters after
 * pos; null where none does. A separator is spaces and a mark: it is tried only from the spaces
 * before each mark, where tried at every position of a line that has none, the regular expression
 * took 1–3 µs a line; and no further than `within`, where the rest of a body line was searched for
 * one (its hyphens, "large-scale", are marks too).
 */
function separatorAt(text: string, pos: number, end: number, within: number): RegExpExecArray | null {
  const upToEnd = text.slice(0, end);
  SEPARATOR_MARK.lastIndex = pos;
  for (let mark = SEPARATOR_MARK.exec(upToEnd); mark; mark = SEPARATOR_MARK.exec(upToEnd)) {
    let from = mark.index;
    while (from > pos && isSpace(text.charCodeAt(from - 1))) from--;
    if (from - pos > within) return null;
    // a separator found from within the spaces before the mark would be found from their start
    SEPARATOR.lastIndex = from;
    const sep = SEPARATOR.exec(upToEnd);
    if (sep) return sep;
  }
  return null;
}

interface HeaderResult {
  segments: Segment[];
  /** Offset where the body starts (after the header's last separator). */
  bodyStart: number;
}

/** parseHeader's reading of the line, read once. */
function headerOf(text: string, line: Line, know: HeaderKnowledge): HeaderResult | null {
  if (line.header === undefined) line.header = parseHeader(text, line, know);
  return line.header;
}

/** Whether text[from, to) has a hyphen or en dash before any white space: the regular expression
 * for a glued place and agency is tried only then (sliced out and tried on every line parsed, it
 * was a quarter of the parse's own time). */
function dashBeforeSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013) return true;
    if (isSpace(c)) return false;
  }
  return false;
}

/** Parses header segments ("محمد الرخا - دبي - الأربعاء 19 يونيو 2024 05:17 مساءً -") from a line. */
function parseHeader(text: string, line: Line, know: HeaderKnowledge): HeaderResult | null {
  const segments: Segment[] = [];
  let pos = line.start;
  let bodyStart = line.start;
  let colon = false;
  // «دمشق-سانا»: a place glued to the agency by a hyphen
  const gluedEnd = Math.min(line.end, line.start + 40);
  const glued = dashBeforeSpace(text, line.start, gluedEnd) ? /^(\p{L}+)[-–](?=\p{L})/u.exec(text.slice(line.start, gluedEnd)) : null;
  const gluedPlace = glued && know.place(glued[1]!);
  if (gluedPlace) {
    segments.push({ kind: 'place', name: glued[1]!, code: gluedPlace.code, zone: gluedPlace.zone });
    pos = bodyStart = line.start + glued[0].length;
  }
  for (let n = 0; n < 5 && pos < line.end; n++) {
    const sep = separatorAt(text, pos, line.end, 90);
    const segEnd = sep ? sep.index : line.end;
    const seg = segEnd === line.end && line.end - pos > 90 ? null : classifySegment(text.slice(pos, segEnd), know, segments, line);
    if (!seg && segments.at(-1)?.kind === 'label') {
      // "Editor: huaxia": a label's value that is none of ours
      pos = bodyStart = segEnd === line.end ? line.end : sep!.index + sep![0].length;
      continue;
    }
    if (!seg) {
      // «دمشق-سانا أكد الرئيس …»: after the place, the agency's name and the body on the same line
      const placed = segments.some((s) => s.kind === 'place') && !segments.some((s) => s.kind === 'source');
      const n = placed ? know.outletAt(text.slice(pos, segEnd)) : 0;
      if (n) {
        segments.push({ kind: 'source', name: text.slice(pos, pos + n) });
        bodyStart = pos + n;
        while (bodyStart < line.end && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
      }
      break;
    }
    segments.push(seg);
    if (segEnd < line.end && /[:：]/.test(sep![0])) colon = true;
    pos = segEnd === line.end ? line.end : sep!.index + sep![0].length;
    bodyStart = pos;
  }
  if (!segments.some((s) => s.kind !== 'author' && s.kind !== 'label')) return null;
  // «واشنطن: منى الحسيني» is a byline line; «السودان: قصف جديد …» is a headline, unless an outlet
  // named before the colon makes it a dateline («لندن- «القدس العربي»: …»), or the place is in
  // capitals, as the South Asian and Gulf English press write datelines ("ISLAMABAD: The …")
  const dateline =
    (segments.some((s) => s.kind === 'place') && segments.some((s) => s.kind === 'source')) ||
    segments.some((s) => s.kind === 'place' && /^[\p{Lu}\s.'’-]+$/u.test(s.name) && /\p{Lu}{3}/u.test(s.name));
  if (colon && bodyStart < line.end && !dateline) return null;
  return { segments, bodyStart };
}

// a segment that only names what follows it: a label, or a date line's marker alone
const LABELS = new Set([...MARKERS.label, ...MARKERS.dateLine.phrases]);

function classifySegment(raw: string, know: HeaderKnowledge, before: Segment[], line: Line): Segment | null {
  const s = raw.trim();
  if (!s) return null;
  // a segment that is all of its line (a headline, a date line) is read as the line is, once
  const whole = s === line.text;
  const norm = whole ? line.norm : normalizePhrase(s);
  if (LABELS.has(norm)) return { kind: 'label' };
  // (the regular expression, tried at every position, only where there is a bracket)
  const paren = s.includes('(') || s.includes('（') ? /^(.*?)\s*[(（]\s*([^()]{1,40})\s*[)）]\s*[:：]?$/.exec(s) : null;
  if (paren) {
    const head = paren[1]!.trim();
    const source = paren[2]!.trim();
    if (!head) return { kind: 'source', name: source };
    const place = placeWithDate(head, know, line);
    if (place) return { ...place, source };
    return null;
  }
  const place = placeWithDate(endsWithOneOf(s, ':：') ? s.slice(0, -1) : s, know, line);
  if (place) return place;
  // «لندن- «القدس العربي»:», «بيروت - "الأخبار"»: a quoted name in a byline is the outlet
  const quoted = /^[«"“]([^«»"“”]{2,40})[»"”][:：]?$/.exec(s);
  if (quoted && before.some((b) => b.kind === 'place')) return { kind: 'source', name: quoted[1]!.trim() };
  const all = whole ? line.tokens : tokenize(s);
  const date = whole ? line.date : dateCovering(all);
  if (date) return date;
  const toks = whole ? line.wordTokens : all.filter((t) => t.kind === 'word');
  if (know.isOutlet(s, toks)) return { kind: 'source', name: s };
  // An author: two to five words of a name, nothing else.
  const bylineMarker = BYLINE_OPENINGS.some((m) => norm.startsWith(m));
  const name = bylineMarker ? s.replace(/^\S+\s*[:：]?\s*/, '') : s;
  const nameToks = bylineMarker ? toks.slice(1) : toks;
  if (
    nameToks.length >= 2 &&
    nameToks.length <= 5 &&
    !before.some((b) => b.kind === 'author') &&
    nameToks.every((t) => !/\d/.test(t.norm) && know.isNameWord(t.text)) &&
    !/[.،,!?؟"«»]/.test(name)
  ) {
    return { kind: 'author', name: name.trim() };
  }
  return null;
}

// the byline markers followed by a word, as a segment opens with them
const BYLINE_OPENINGS = MARKERS.byline.phrases.map((m) => `${m} `);

/** "دبي", "WASHINGTON", "PARIS, June 19, 2024"; `line`, the segment's line (its reading is the name's where the name is all of it). */
function placeWithDate(s: string, know: HeaderKnowledge, line: Line): Extract<Segment, { kind: 'place' }> | null {
  // «أبوظبي في 19 يونيو»: the agencies' place and date
  const [head, ...rest] = s.split(/[,،]|\s+في\s+(?=[\d\u0660-\u0669])/);
  const name = head!.trim();
  // "MANILA/BEIJING": a report filed from two places; the first one places it
  const p = know.place(name, name === line.text ? line : undefined) ?? (name.includes('/') ? know.place(name.split('/')[0]!.trim()) : null);
  if (!p) return null;
  const seg: Extract<Segment, { kind: 'place' }> = { kind: 'place', name, code: p.code, zone: p.zone };
  if (rest.length) {
    const toks = tokenize(rest.join(','));
    const d = dateCovering(toks);
    if (d) {
      seg.date = d.date;
      seg.time = d.time;
      seg.offset = d.offset;
    } else if (dateCovering(toks, YEARLESS_REF)) {
      // "SEOUL, June 19 (Reuters)": a day without its year; the date line above gives the date
    } else if (!(rest.length === 1 && /^\s*\p{Lu}[\p{L}.'’ ]{1,30}$/u.test(rest[0]!))) {
      // "KYIV, Ukraine", "AUSTIN, Texas": the country or state after the city; anything else is no dateline
      return null;
    }
  }
  return seg;
}

/** A date that makes up the whole segment (optionally after "Published"/"نشر في"). */
// Any leap year's date: only to tell whether a day and month without a year read as a date.
const YEARLESS_REF = '2024-06-30';

function dateCovering(tokens: Token[], ref: string | null = null): DateSegment | null {
  if (!tokens.some((t) => t.kind === 'word')) return null;
  let i = dateLineMarker(tokens);
  const marked = i > 0;
  if (marked) {
    while (tokens[i]?.kind === 'punct') i++;
    if (tokens[i]?.norm === 'on') i++; // "Published On 5 May 2024"
  }
  // English web pages put the clock before the date too: "Updated 4:12 PM GMT+3, May 23, 2024"
  const lead = clockAt(tokens, i);
  if (lead) i = tokens[lead.to]?.norm === ',' ? lead.to + 1 : lead.to;
  const d = absoluteDateAt(tokens, i, ref);
  if (!d || !d.date) return null;
  let to = d.to;
  let time = lead?.time ?? d.time;
  let offset = lead?.offset ?? null;
  if (!lead) {
    // "June 19, 2024 2:33 PM GMT+3", "June 10, 2024 | 14:05 GMT", "June 9, 2024 10:48 p.m. ET"
    const colon = d.time ? tokens.findIndex((t, n) => n >= i && n < d.to && t.norm === ':') : -1;
    const k = colon > 0 ? colon - 1 : ['|', ',', 'at'].includes(tokens[d.to]?.norm ?? '') ? d.to + 1 : d.to;
    const tail = clockAt(tokens, k);
    // the date reader already took the clock with its own am/pm (مساءً); only a longer reading adds to it
    if (tail && tail.to > d.to) ({ to, time, offset } = tail);
  }
  // after «نُشر:» the line is a date line whatever follows (a Hijri date, an update time)
  if (!marked) {
    const rest = tokens.slice(to).filter((t) => t.kind === 'word');
    const restText = rest.map((t) => t.norm).join(' ');
    if (rest.length > 2 && !MARKERS.dateLine.phrases.some((m) => restText.startsWith(m))) return null;
  }
  return { kind: 'date', date: d.date, time, offset };
}

// the markers' words, longest marker first as in MARKERS.dateLine
const DATE_LINE_WORDS = MARKERS.dateLine.phrases.map((m) => m.split(' '));

/** How many tokens a date-line marker («نشر في», "Published") takes at the start; 0 for none. */
function dateLineMarker(tokens: Token[]): number {
  for (const words of DATE_LINE_WORDS) {
    if (words.length <= tokens.length && words.every((w, k) => tokens[k]!.norm === w)) return words.length;
  }
  return 0;
}

const numberAt = (tok: Token | undefined): number | null => (tok?.kind === 'word' && /^\d{1,2}$/.test(tok.norm) ? Number(tok.norm) : null);

/**
 * A clock time in Latin script with its optional am/pm and zone: "2:33 PM GMT+3", "10:48 p.m. ET",
 * "14:05 GMT". Only GMT/UTC offsets are turned into an offset; other zone letters give an empty
 * offset (a time whose offset is not known, which the dateline's zone must not replace).
 */
function clockAt(tokens: Token[], k: number): { to: number; time: string; offset: string | null } | null {
  let h = numberAt(tokens[k]);
  const mi = numberAt(tokens[k + 2]);
  if (h === null || mi === null || tokens[k + 1]?.norm !== ':') return null;
  let j = k + 3;
  const ap = tokens[j]?.norm;
  let half: string | null = null;
  if (ap === 'am' || ap === 'pm') {
    half = ap;
    j++;
  } else if ((ap === 'a' || ap === 'p') && tokens[j + 1]?.norm === '.' && tokens[j + 2]?.norm === 'm') {
    half = `${ap}m`;
    j += tokens[j + 3]?.norm === '.' ? 4 : 3;
  }
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || mi > 59) return null;
  let offset: string | null = null;
  const zone = tokens[j];
  if (zone?.kind === 'word' && /^[A-Z]{1,5}$/.test(zone.text)) {
    j++;
    offset = ''; // a zone is named; the dateline's zone must not stand in for it
    if (zone.text === 'GMT' || zone.text === 'UTC') {
      offset = '+00:00';
      // "GMT+3"; a hyphen leaves no token, so a number right after the zone is a negative offset
      const plus = tokens[j]?.norm === '+';
      const n = numberAt(tokens[plus ? j + 1 : j]);
      if (n !== null && n <= 14 && (plus || tokens[j]!.start === zone.end + 1)) {
        offset = `${plus ? '+' : '-'}${String(n).padStart(2, '0')}:00`;
        j += plus ? 2 : 1;
      }
    }
  }
  return { to: j, time: `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`, offset };
}

/** "Updated 10:48 p.m. ET": a header line with a time and no date. */
function isTimeLine(tokens: Token[]): boolean {
  const i = dateLineMarker(tokens);
  const c = i > 0 ? clockAt(tokens, i) : null;
  return !!c && c.to >= tokens.length;
}

// ---------------------------------------------------------------- the article

export function parseStructure(text: string, know: HeaderKnowledge): Structure {
  const lines = linesOf(text);
  const { kinds, related } = classifyBoilerplate(lines);
  /** The header's lines and parts, in the text's order (the boilerplate lines are merged in at the end). */
  const boilerplate: Boilerplate[] = [];
  const meta: Structure['meta'] = { title: null, author: null, dateline: null, publishedAt: null, source: null, rules: {} };
  let zone: string | null = null;
  let date: string | null = null;
  let time: string | undefined;
  let offset: string | null = null;
  /** Where an English byline says the writer files from ("in Dakar"): the dateline when the body has none. */
  let bylinePlace: { name: string; zone: string | null } | null = null;

  const content = lines.filter((_, i) => !kinds[i]);
  let k = 0; // index into content of the first body line
  const apply = (segs: Segment[], rule: string) => {
    for (const s of segs) {
      if (s.kind === 'author' && !meta.author) {
        meta.author = s.name;
        meta.rules.author = rule;
      } else if (s.kind === 'source' && !meta.source) {
        meta.source = s.name;
        meta.rules.source = rule;
      } else if (s.kind === 'place' && !meta.dateline) {
        meta.dateline = s.name;
        meta.rules.dateline = rule;
        zone = s.zone;
        if (s.source && !meta.source) {
          meta.source = s.source;
          meta.rules.source = rule;
        }
        if (s.date && !date) {
          date = s.date;
          time = s.time;
          offset = s.offset ?? null;
        }
      } else if (s.kind === 'date' && !date) {
        date = s.date;
        time = s.time;
        offset = s.offset ?? null;
      }
    }
  };

  // Header lines before the body: a headline, "By …", a date line, a standalone dateline.
  const isDateLine = (l: Line | undefined): boolean => !!l && !!headerDate(l);
  /** «سامر الخطيب» or «خالد يوسف صحافي» alone on a line right above the date line: the writer. */
  const authorAbove = (l: Line, next: Line | undefined): string | null =>
    !isLatinLine(l.text) && isDateLine(next) ? bareName(l, know) : null;
  const isHeaderLine = (l: Line | undefined, next: Line | undefined): boolean =>
    !!l &&
    ((l.words <= 12 && !!MARKERS.byline.at(l, true)) ||
      isDateLine(l) ||
      latinHeader(l, know, next)?.kind === 'names' ||
      !!authorAbove(l, next) ||
      (headerOf(text, l, know)?.bodyStart ?? 0) >= l.end);
  /** A standfirst or summary bullets: lines between the headline and a byline or date line below them. */
  const headerBelow = (k: number): boolean => {
    for (let j = k + 1; j <= k + 3 && j < content.length; j++) {
      const l = content[j]!;
      if (isHeaderLine(l, content[j + 1])) return true;
      if (l.words > 60) return false;
    }
    return false;
  };
  for (let guard = 0; k < content.length && guard < 8; guard++) {
    const l = content[k]!;
    const header = headerOf(text, l, know);
    if (header && header.bodyStart >= l.end) {
      apply(header.segments, 'header.line');
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    const bylineMarker = l.words <= 12 && MARKERS.byline.at(l, true);
    if (bylineMarker && !endsWithOneOf(l.text, '.!؟?')) {
      let rest = l.text.replace(/^\S+\s*[:：]?\s*/, '');
      // «كتب محمد السيد الأربعاء، 19 يونيو 2024 05:00 م»: the date after the name
      const toks = tokenize(rest);
      for (let i = 1; i < toks.length; i++) {
        const d = toks[i]!.kind === 'word' ? dateCovering(toks.slice(i)) : null;
        if (!d) continue;
        if (!date) ({ date, time, offset = null } = d);
        rest = rest.slice(0, toks[i]!.start);
        break;
      }
      const latin = isLatinLine(rest) ? latinBylineNames(rest, know) : null;
      const name = latin ? latin.names.join(' and ') : rest.replace(/\s*[|,،].*$/, '').replace(/[\s\p{P}]+$/u, '').trim();
      if (!meta.author && name) {
        meta.author = name;
        meta.rules.author = 'header.byline';
      }
      if (latin?.places.length === 1) bylinePlace ??= latin.places[0]!;
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    const dl = headerDate(l);
    if (dl) {
      if (!date) {
        date = dl.date;
        time = dl.time;
        offset = dl.offset ?? null;
      }
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    const author = meta.title ? authorAbove(l, content[k + 1]) : null;
    if (author) {
      if (!meta.author) {
        meta.author = author;
        meta.rules.author = 'header.author-line';
      }
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    const latin = latinHeader(l, know, content[k + 1], !!date && isDateLine(content[k - 1]));
    if (latin) {
      if (latin.kind === 'names' && !meta.author) {
        meta.author = latin.names.join(' and ');
        meta.rules.author = 'header.byline';
      }
      if (latin.kind === 'names' && latin.places.length === 1) bylinePlace ??= latin.places[0]!;
      if (latin.kind === 'place') bylinePlace ??= latin.place;
      if (latin.kind === 'outlet') {
        bylinePlace ??= latin.place;
        if (!meta.source) {
          meta.source = latin.source;
          meta.rules.source = 'header.byline';
        }
      }
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    if (meta.title && !date && !meta.author && l.words <= 60 && headerBelow(k)) {
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    if (!meta.title && !date && l.words <= 2 && !header && content.length > k + 2) {
      // a section label above the headline («اقتصاد», "World")
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    // A question is a headline too («لماذا …؟», "What next for …?") when a byline or date line
    // follows: in the body it would be a sentence.
    const question = isShort(l, 30) && endsWithMark(l.text, '؟?') && headerBelow(k);
    if (content.length > k + 1 && !meta.title && !meta.dateline && (looksLikeHeadline(l) || question) && !header) {
      meta.title = l.text;
      meta.rules.title = 'header.headline';
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    break;
  }

  const paragraphs: Span[] = [];
  content.slice(k).forEach((l, n) => {
    let start = l.start;
    if (n === 0) {
      const header = headerOf(text, l, know);
      if (header) {
        apply(header.segments, 'header.dateline');
        if (header.bodyStart > start) {
          boilerplate.push({ start, end: header.bodyStart, kind: 'header', text: text.slice(start, header.bodyStart) });
        }
        start = header.bodyStart;
      }
    }
    if (start < l.end) paragraphs.push({ start, end: l.end });
  });

  // the header's entries and the boilerplate lines are each in the text's order: merged, not sorted
  const all: Boilerplate[] = [];
  let h = 0;
  lines.forEach((l, i) => {
    const kind = kinds[i];
    if (!kind) return;
    while (h < boilerplate.length && boilerplate[h]!.start < l.start) all.push(boilerplate[h++]!);
    all.push({ start: l.start, end: l.end, kind, text: l.text });
  });
  while (h < boilerplate.length) all.push(boilerplate[h++]!);

  if (!meta.dateline && bylinePlace) {
    meta.dateline = bylinePlace.name;
    meta.rules.dateline = 'header.byline-place';
    zone = bylinePlace.zone;
  }
  if (date) {
    meta.publishedAt = time && offset !== null ? `${date}T${time}:00${offset}` : localIso(date, time, zone);
    meta.rules.publishedAt = !time ? 'header.date' : offset ? 'header.date-time-offset' : zone && offset === null ? 'header.date-time-zone' : 'header.date-time';
  }
  return { meta, related, boilerplate: all, paragraphs };
}
