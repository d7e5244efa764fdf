import { codeAt, sliceOf } from './chars.ts';
import { asciiDigits, normalize } from './normalize.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Normalised form (see normalize.ts). */
  norm: string;
  /** Word (letters/digits) or punctuation. */
  kind: 'word' | 'punct';
  /**
   * Normalised forms to look up, most specific first: the token as is, then with its Arabic
   * proclitics (و ف, then ب ل ك, then ال) taken off. `prefix` says what was taken off.
   */
  forms: Forms;
  /** Which phrase lists this token's forms can start (see `mayStart`): bits, as of `startsAt`. */
  starts: number;
  startsOf: Forms;
  startsAt: number;
}

export interface Form {
  form: string;
  prefix: string;
}

/**
 * A word's forms. Those of a word read by `tokenize` are shared by all its occurrences and carry
 * a memo (see `memoSlot`); forms built elsewhere have none.
 */
export type Forms = Form[] & { readonly memo?: unknown[] };

let slots = 0;
/**
 * A slot in every word's memo, for a look-up whose answer depends only on the word's forms (a
 * gazetteer's entry points, a date table's first words): each word then pays for it once, not
 * once per occurrence. A look-up whose data changes takes a new slot.
 */
export function memoSlot(): number {
  return slots++;
}

// One index over the first words of every gazetteer and phrase table: each word reads there once
// which of them its forms can start, so that most look-ups at a token are refused with a test of
// a bit instead of searching each list (a token is looked up in some twenty lists). A list that
// finds no free bit is always searched.
const firstWords = new Map<string, number>();
let nextBit = 0;
const BITS = 30; // small integers stay unboxed
let generation = 0;

/** A bit for a list of phrases in the first-word index (0 when none is left). */
export function firstWordBit(): number {
  return nextBit < BITS ? 1 << nextBit++ : 0;
}

/** Records that a list (its bit) has a phrase starting with this normalised word. */
export function addFirstWord(bit: number, word: string): void {
  if (!bit) return;
  const had = firstWords.get(word) ?? 0;
  if (had & bit) return;
  firstWords.set(word, had | bit);
  generation++; // the bits words read before are out of date
}

function startsOf(forms: Form[]): number {
  let bits = 0;
  for (const f of forms) bits |= firstWords.get(f.form) ?? 0;
  return bits;
}

/**
 * Whether one of the token's forms may start a phrase of the list with this bit. False only when
 * certain; a token whose forms were changed after reading (a probe) or read before the list grew
 * always may.
 */
export function mayStart(t: Token, bit: number): boolean {
  return (t.starts & bit) !== 0 || bit === 0 || t.startsAt !== generation || t.startsOf !== t.forms;
}

// Words: letters, marks, digits and tatweel; "U.S."-style abbreviations; decimals. Everything
// else that is not space is one punctuation token, except hyphens and apostrophes inside words,
// which join nothing and are dropped (Jong-un reads as Jong un, as lexicon aliases are normalised).
// That is, the tokens are the matches of
//   /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,٫]\p{N}+)*|[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}\-'’]/gu
// which `tokenize` finds with a table of character classes instead: the expression's Unicode
// classes made it the largest cost of reading a text (tests/extract/tokens.test.ts holds them equal).
const LETTER = 1;
const UPPER = 2;
const MARK = 4;
const NUMBER = 8;
const SPACE = 16;
const WORD = LETTER | MARK | NUMBER;
const classify = (ch: string): number =>
  (/\p{L}/u.test(ch) || ch === '\u0640' ? LETTER : 0) |
  (/\p{Lu}/u.test(ch) ? UPPER : 0) |
  (/\p{M}/u.test(ch) ? MARK : 0) |
  (/\p{N}/u.test(ch) ? NUMBER : 0) |
  (/\s/u.test(ch) ? SPACE : 0);
const CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASSES[c] = classify(String.fromCharCode(c));

// (the string's length n is passed along, read once: see chars.ts)

/** Width in UTF-16 units of the code point at i: 2 for a surrogate pair. */
function widthAt(s: string, i: number, n: number): number {
  const c = codeAt(s, i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return 1;
  const d = codeAt(s, i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Classes of the code point at i (beyond the BMP, rare, asked of the expressions themselves). */
function classAt(s: string, i: number, n: number): number {
  return widthAt(s, i, n) === 2 ? classify(String.fromCodePoint(s.codePointAt(i)!)) : CLASSES[codeAt(s, i)]!;
}

/** End of the longest run of code points of the given classes from i. */
function runEnd(s: string, i: number, n: number, classes: number): number {
  while (i < n) {
    const c = codeAt(s, i);
    if (c < 0xd800 || c > 0xdfff) {
      if (!(CLASSES[c]! & classes)) break;
      i++;
    } else {
      if (!(classAt(s, i, n) & classes)) break;
      i += widthAt(s, i, n);
    }
  }
  return i;
}

/** End of the token that starts at i, or -1 when none starts there (spaces, hyphens, apostrophes). */
function tokenEnd(s: string, i: number, n: number): number {
  const c = codeAt(s, i);
  const k = classAt(s, i, n);
  if (k & SPACE || c === 0x2d || c === 0x27 || c === 0x2019) return -1;
  if (k & UPPER) {
    // U.S., U.K.: two or more capitals each followed by a period
    let j = i;
    let pairs = 0;
    while (j < n && classAt(s, j, n) & UPPER) {
      const w = widthAt(s, j, n);
      if (codeAt(s, j + w) !== 0x2e) break;
      j += w + 1;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  if (k & NUMBER) {
    // 3.5, 1,200, ٣٫٥
    let j = runEnd(s, i, n, NUMBER);
    for (;;) {
      const sep = codeAt(s, j);
      if ((sep !== 0x2e && sep !== 0x2c && sep !== 0x66b) || j + 1 >= n || !(classAt(s, j + 1, n) & NUMBER)) return j;
      j = runEnd(s, j + 1, n, NUMBER);
    }
  }
  if (k & WORD) return runEnd(s, i, n, WORD);
  return i + widthAt(s, i, n);
}

const ABBREV_RE = /^(?:\p{Lu}\.){2,}$/u;

type Reading = Pick<Token, 'norm' | 'kind' | 'forms' | 'starts' | 'startsAt'>;

// Words repeat from article to article: their readings are computed once. The cache is
// emptied when it grows past its bound, so memory stays flat over any number of articles.
// Readings are shared between tokens and must not be changed by callers.
const readings = new Map<string, Reading>();
const MAX_READINGS = 200_000;

function readingOf(t: string): Reading {
  let r = readings.get(t);
  if (r) return r;
  const isWord = /[\p{L}\p{N}]/u.test(t);
  const norm = asciiDigits(normalize(ABBREV_RE.test(t) ? t.replace(/\./g, '') : t));
  const forms: Form[] = isWord ? formsOf(norm) : [{ form: norm, prefix: '' }];
  // not enumerable: a token's forms still compare equal to a plain array of forms
  Object.defineProperty(forms, 'memo', { value: [] });
  r = { norm, kind: isWord ? 'word' : 'punct', forms, starts: 0, startsAt: -1 };
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(t, r);
  return r;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  const n = slice.length;
  for (let i = 0; i < n; ) {
    const e = tokenEnd(slice, i, n);
    if (e < 0) {
      i += widthAt(slice, i, n);
      continue;
    }
    if (e === i + 1 && codeAt(slice, i) === 0x2f && bracketsWords(slice, i, n)) {
      i = e;
      continue;
    }
    const t = sliceOf(slice, i, e);
    const start = from + i;
    const end = from + e; // not start + t.length: see chars.ts
    i = e;
    const r = readingOf(t);
    if (r.startsAt !== generation) {
      r.starts = startsOf(r.forms);
      r.startsAt = generation;
    }
    const { norm, kind, forms, starts } = r;
    tokens.push({ text: t, start, end, norm, kind, forms, starts, startsOf: forms, startsAt: generation });
  }
  return tokens;
}

/**
 * Whether the slash at i opens or closes words the way Gulf agencies set names off
 * («رأت حركة /حماس/», «/قنا/»): a letter on one side only. Such slashes are not tokens, so the
 * name inside reads as if they were not there; a slash between numbers or letters stays.
 */
function bracketsWords(s: string, i: number, n: number): boolean {
  const before = i > 0 && (CLASSES[codeAt(s, i - 1)]! & LETTER) !== 0;
  const after = i + 1 < n && (CLASSES[codeAt(s, i + 1)]! & LETTER) !== 0;
  return before !== after;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** Candidate readings of a normalised Arabic word with its proclitics removed. */
export function formsOf(norm: string): Form[] {
  const out: Form[] = [{ form: norm, prefix: '' }];
  const c0 = norm.charCodeAt(0);
  if (!(c0 >= 0x0621 && c0 <= 0x064a)) {
    if (norm.endsWith("'s")) out.push({ form: norm.slice(0, -2), prefix: '' });
    return out;
  }
  // bases: the word, without و/ف, then without ب/ل/ك (لل → ل + ال); then each without ال
  const bases: string[] = [norm];
  const prefixes: string[] = [''];
  if (CONJ.has(norm[0]!) && norm.length > 3) {
    bases.push(norm.slice(1));
    prefixes.push(norm[0]!);
  }
  const n = bases.length;
  for (let k = 0; k < n; k++) {
    const w = bases[k]!;
    const p = prefixes[k]!;
    if (w.startsWith('لل') && w.length > 4) {
      bases.push('ال' + w.slice(2));
      prefixes.push(p + 'ل');
    } else if (PREP.has(w[0]!) && w.length > 3) {
      bases.push(w.slice(1));
      prefixes.push(p + w[0]);
    }
  }
  for (let k = 1; k < bases.length; k++) pushForm(out, bases[k]!, prefixes[k]!);
  for (let k = 0; k < bases.length; k++) {
    const w = bases[k]!;
    if (w.startsWith('ال') && w.length > 4) pushForm(out, w.slice(2), prefixes[k]! + 'ال');
  }
  return out;
}

function pushForm(out: Form[], form: string, prefix: string): void {
  if (form.length < 2) return;
  for (const o of out) if (o.form === form) return;
  out.push({ form, prefix });
}
