import { codeAt, sliceOf, startsAt } from './chars.ts';
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
  /** What the token's text reads as, shared by all its occurrences (see `mayStart`). */
  reading: Reading;
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
  for (let k = 0; k < forms.length; k++) bits |= firstWords.get(forms[k]!.form) ?? 0;
  return bits;
}

/**
 * Whether one of the token's forms may start a phrase of the list with this bit. False only when
 * certain; a token whose forms were changed after reading (a probe) always may.
 */
export function mayStart(t: Token, bit: number): boolean {
  // the bits are read once per word, not per token, and again when the lists grow: kept in each
  // token (three fields), they made a thousand tokens an article that much larger to collect
  const r = t.reading;
  if (r.forms !== t.forms || bit === 0) return true;
  if (r.startsAt !== generation) {
    r.starts = startsOf(r.forms);
    r.startsAt = generation;
  }
  return (r.starts & bit) !== 0;
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

// (the end of the text to read, n, is passed along and read once: see chars.ts; nothing past it
// is read, as if the text ended there)

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
      if (j + w >= n || codeAt(s, j + w) !== 0x2e) break;
      j += w + 1;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  if (k & NUMBER) {
    // 3.5, 1,200, ٣٫٥
    let j = runEnd(s, i, n, NUMBER);
    for (;;) {
      if (j + 1 >= n) return j;
      const sep = codeAt(s, j);
      if ((sep !== 0x2e && sep !== 0x2c && sep !== 0x66b) || !(classAt(s, j + 1, n) & NUMBER)) return j;
      j = runEnd(s, j + 1, n, NUMBER);
    }
  }
  if (k & WORD) return runEnd(s, i, n, WORD);
  return i + widthAt(s, i, n);
}

const ABBREV_RE = /^(?:\p{Lu}\.){2,}$/u;

/** What a token is made of that depends only on its text: made once per word (see `Readings`). */
export interface Reading extends Pick<Token, 'text' | 'norm' | 'kind' | 'forms'> {
  /** The hash of `text` (see `hashOf`). */
  hash: number;
  /** Which phrase lists the word's forms can start (see `mayStart`): bits, as of `startsAt`. */
  starts: number;
  startsAt: number;
}

function read(text: string, hash: number): Reading {
  const isWord = /[\p{L}\p{N}]/u.test(text);
  const norm = asciiDigits(normalize(ABBREV_RE.test(text) ? text.replace(/\./g, '') : text));
  const forms: Form[] = isWord ? formsOf(norm) : [{ form: norm, prefix: '' }];
  // not enumerable: a token's forms still compare equal to a plain array of forms
  Object.defineProperty(forms, 'memo', { value: [] });
  return { text, norm, kind: isWord ? 'word' : 'punct', forms, hash, starts: 0, startsAt: -1 };
}

// FNV-1a over UTF-16 code units, its high bits folded into the low ones that index a table
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of the characters from i to e of the text. */
function hashOf(text: string, i: number, e: number): number {
  let hash = FNV_BASIS;
  for (let k = i; k < e; k++) hash = Math.imul(hash ^ codeAt(text, k), FNV_PRIME);
  return hash;
}

/**
 * Words repeat from article to article: their readings are made once, and kept in a hash table
 * of their own (open addressing, linear probing) so that a word is found without being cut out
 * of the text: its characters are hashed as they are read and compared where they stand. A Map
 * keyed by the word's text needed a new string per token, hashed again by the Map (tokenizing
 * took a fifth longer). The table is
 * emptied when it reaches its bound, so memory stays flat over any number of articles. Readings
 * are shared between tokens and must not be changed by callers.
 */
class Readings {
  private slots: (Reading | undefined)[] = new Array<Reading | undefined>(1 << 12).fill(undefined);
  // the slots' hashes, side by side: a probe mostly reads these, not the readings
  private hashes = new Int32Array(this.slots.length);
  private mask = this.slots.length - 1;
  private size = 0;

  constructor(private readonly max: number) {}

  /** The reading of the characters from i to e of the text, which hash to `hash`. */
  at(text: string, i: number, e: number, hash: number): Reading {
    let slot = this.slotOf(hash);
    for (let r = this.slots[slot]; r !== undefined; r = this.slots[slot]) {
      if (this.hashes[slot] === hash && r.text.length === e - i && startsAt(text, r.text, i)) return r;
      slot = (slot + 1) & this.mask;
    }
    const r = read(sliceOf(text, i, e), hash);
    if (this.size >= this.max) {
      this.slots.fill(undefined);
      this.size = 0;
    } else if (2 * (this.size + 1) > this.slots.length) {
      this.grow();
    }
    this.put(r);
    return r;
  }

  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 15)) & this.mask;
  }

  private put(r: Reading): void {
    let slot = this.slotOf(r.hash);
    while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.slots[slot] = r;
    this.hashes[slot] = r.hash;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<Reading | undefined>(2 * old.length).fill(undefined);
    this.hashes = new Int32Array(this.slots.length);
    this.mask = this.slots.length - 1;
    this.size = 0;
    for (const r of old) if (r) this.put(r);
  }
}

const articleWords = new Readings(200_000);
// The words of lexicon phrases, read once when the lexicons load, have a table of their own: kept
// with those of the words articles repeat, the readings of their tens of thousands of words made
// the table several times larger and scattered the busy readings, and tokenizing an article took
// 40% longer.
const phraseWords = new Readings(200_000);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return readTokens(text, from, to, articleWords);
}

/** The tokens of a lexicon phrase (see `phraseWords`). */
export function tokenizePhrase(phrase: string): Token[] {
  return readTokens(phrase, 0, phrase.length, phraseWords);
}

function readTokens(text: string, from: number, to: number, words: Readings): Token[] {
  const tokens: Token[] = [];
  const n = Math.min(to, text.length);
  for (let i = from; i < n; ) {
    let c = codeAt(text, i);
    const k = CLASSES[c]!;
    let e = i;
    let hash = FNV_BASIS;
    if (k & (LETTER | MARK) && !(k & UPPER && i + 1 < n && codeAt(text, i + 1) === 0x2e)) {
      // most tokens: a word of letters, read and hashed in one pass (a surrogate, class 0, ends it)
      do {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        c = codeAt(text, ++e);
      } while (e < n && CLASSES[c]! & WORD);
      if (e < n && c >= 0xd800 && c <= 0xdfff) {
        e = tokenEnd(text, i, n);
        hash = hashOf(text, i, e);
      }
    } else {
      e = tokenEnd(text, i, n);
      if (e < 0) {
        i += widthAt(text, i, n);
        continue;
      }
      if (e === i + 1 && c === 0x2f && bracketsWords(text, i, from, n)) {
        i = e;
        continue;
      }
      hash = hashOf(text, i, e);
    }
    const r = words.at(text, i, e, hash);
    tokens.push({ text: r.text, start: i, end: e, norm: r.norm, kind: r.kind, forms: r.forms, reading: r });
    i = e;
  }
  return tokens;
}

/**
 * Whether the slash at i opens or closes words the way Gulf agencies set names off
 * («رأت حركة /حماس/», «/قنا/»): a letter on one side only. Such slashes are not tokens, so the
 * name inside reads as if they were not there; a slash between numbers or letters stays.
 */
function bracketsWords(s: string, i: number, from: number, n: number): boolean {
  const before = i > from && (CLASSES[codeAt(s, i - 1)]! & LETTER) !== 0;
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
