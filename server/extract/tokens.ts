import { Buffer } from 'node:buffer';
import { sliceOf } from './chars.ts';
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

// The text is read from a copy of its UTF-16 code units in a typed array (see `unitsOf`); n, the
// end of what is to be read, is passed along: nothing past it is read, as if the text ended there.

/** Width in UTF-16 units of the code point at i: 2 for a surrogate pair. */
function widthAt(u: Uint16Array, i: number, n: number): number {
  const c = u[i]!;
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return 1;
  const d = u[i + 1]!;
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Classes of the code point at i (beyond the BMP, rare, asked of the expressions themselves). */
function classAt(u: Uint16Array, i: number, n: number): number {
  if (widthAt(u, i, n) === 1) return CLASSES[u[i]!]!;
  return classify(String.fromCharCode(u[i]!, u[i + 1]!));
}

/** End of the longest run of code points of the given classes from i. */
function runEnd(u: Uint16Array, i: number, n: number, classes: number): number {
  while (i < n) {
    const c = u[i]!;
    if (c < 0xd800 || c > 0xdfff) {
      if (!(CLASSES[c]! & classes)) break;
      i++;
    } else {
      if (!(classAt(u, i, n) & classes)) break;
      i += widthAt(u, i, n);
    }
  }
  return i;
}

/** End of the token that starts at i, or -1 when none starts there (spaces, hyphens, apostrophes). */
function tokenEnd(u: Uint16Array, i: number, n: number): number {
  const c = u[i]!;
  const k = classAt(u, i, n);
  if (k & SPACE || c === 0x2d || c === 0x27 || c === 0x2019) return -1;
  if (k & UPPER) {
    // U.S., U.K.: two or more capitals each followed by a period
    let j = i;
    let pairs = 0;
    while (j < n && classAt(u, j, n) & UPPER) {
      const w = widthAt(u, j, n);
      if (j + w >= n || u[j + w] !== 0x2e) break;
      j += w + 1;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  if (k & NUMBER) {
    // 3.5, 1,200, ٣٫٥
    let j = runEnd(u, i, n, NUMBER);
    for (;;) {
      if (j + 1 >= n) return j;
      const sep = u[j]!;
      if ((sep !== 0x2e && sep !== 0x2c && sep !== 0x66b) || !(classAt(u, j + 1, n) & NUMBER)) return j;
      j = runEnd(u, j + 1, n, NUMBER);
    }
  }
  if (k & WORD) return runEnd(u, i, n, WORD);
  return i + widthAt(u, i, n);
}

const ABBREV_RE = /^(?:\p{Lu}\.){2,}$/u;

/** What a token is made of that depends only on its text: made once per word (see `Readings`). */
export interface Reading extends Pick<Token, 'text' | 'norm' | 'kind' | 'forms'> {
  /** Which phrase lists the word's forms can start (see `mayStart`): bits, as of `startsAt`. */
  starts: number;
  startsAt: number;
}

function read(text: string): Reading {
  const isWord = /[\p{L}\p{N}]/u.test(text);
  const norm = asciiDigits(normalize(ABBREV_RE.test(text) ? text.replace(/\./g, '') : text));
  const forms: Form[] = isWord ? formsOf(norm) : [{ form: norm, prefix: '' }];
  // not enumerable: a token's forms still compare equal to a plain array of forms
  Object.defineProperty(forms, 'memo', { value: [] });
  return { text, norm, kind: isWord ? 'word' : 'punct', forms, starts: 0, startsAt: -1 };
}

// FNV-1a over UTF-16 code units, its high bits folded into the low ones that index a table
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of the code units from i to e. */
function hashOf(u: Uint16Array, i: number, e: number): number {
  let hash = FNV_BASIS;
  for (let k = i; k < e; k++) hash = Math.imul(hash ^ u[k]!, FNV_PRIME);
  return hash;
}

/**
 * Words repeat from article to article: their readings are made once, and kept in a hash table
 * of their own (open addressing, linear probing) so that a word is found without being cut out
 * of the text: its code units are hashed as they are read and compared with a copy of the word's
 * kept in the table, a loop over two typed arrays (a Map keyed by the word's text needed a new
 * string per token, hashed again by the Map: tokenizing took a fifth longer; comparing with the
 * reading's text by `startsWith` was a call into the engine per token, and a read of the reading
 * and of its string). The table is emptied when it reaches its bound, so memory stays flat over
 * any number of articles. Readings are shared between tokens and must not be changed by callers.
 */
class Readings {
  private slots: (Reading | undefined)[] = [];
  // per slot, side by side: the word's hash, length, and where its code units are in `chars`
  private keys = new Int32Array(0);
  private mask = 0;
  private size = 0;
  // the code units of the words in the table, one after another
  private chars = new Uint16Array(1 << 14);
  private used = 0;

  constructor(private readonly max: number) {
    this.empty(1 << 12);
  }

  /** The reading of the code units from i to e of the text `u` holds, which hash to `hash`. */
  at(text: string, u: Uint16Array, i: number, e: number, hash: number): Reading {
    const length = e - i;
    const keys = this.keys;
    let slot = this.slotOf(hash);
    for (let r = this.slots[slot]; r !== undefined; r = this.slots[slot]) {
      const k = 3 * slot;
      if (keys[k] === hash && keys[k + 1] === length && this.holds(keys[k + 2]!, u, i, length)) return r;
      slot = (slot + 1) & this.mask;
    }
    const r = read(sliceOf(text, i, e));
    if (this.size >= this.max) this.empty(this.slots.length);
    else if (2 * (this.size + 1) > this.slots.length) this.grow();
    if (this.used + length > this.chars.length) {
      const chars = new Uint16Array(2 * (this.used + length));
      chars.set(this.chars);
      this.chars = chars;
    }
    this.chars.set(u.subarray(i, e), this.used);
    this.put(r, hash, length, this.used);
    this.used += length;
    return r;
  }

  /** Whether the word kept at `at` is the `length` code units of `u` from i. */
  private holds(at: number, u: Uint16Array, i: number, length: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < length; k++) if (chars[at + k] !== u[i + k]) return false;
    return true;
  }

  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 15)) & this.mask;
  }

  private put(r: Reading, hash: number, length: number, at: number): void {
    let slot = this.slotOf(hash);
    while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.slots[slot] = r;
    this.keys[3 * slot] = hash;
    this.keys[3 * slot + 1] = length;
    this.keys[3 * slot + 2] = at;
    this.size++;
  }

  private empty(slots: number): void {
    this.slots = new Array<Reading | undefined>(slots).fill(undefined);
    this.keys = new Int32Array(3 * slots);
    this.mask = slots - 1;
    this.size = 0;
    this.used = 0;
  }

  private grow(): void {
    const slots = this.slots;
    const keys = this.keys;
    const used = this.used;
    this.empty(2 * slots.length);
    this.used = used; // the words' code units stay where they are
    for (let s = 0; s < slots.length; s++) {
      const r = slots[s];
      if (r) this.put(r, keys[3 * s]!, keys[3 * s + 1]!, keys[3 * s + 2]!);
    }
  }
}

const articleWords = new Readings(200_000);
// The words of lexicon phrases, read once when the lexicons load, have a table of their own: kept
// with those of the words articles repeat, the readings of their tens of thousands of words made
// the table several times larger and scattered the busy readings, and tokenizing an article took
// 40% longer.
const phraseWords = new Readings(200_000);

// The code units of the last text read, copied out of the string in one call (into a Buffer over
// the same memory): a sentence is read from its article's copy. Read from the string itself, by
// `codeAt` (chars.ts: one call per character, the strings being of every kind), and compared with
// the readings' texts, they made tokenizing half as long again (English 130 µs an article, now 87,
// in a loop of tokenize alone).
// The copy has room for an article of ordinary length; a longer one's is given up at the next
// short text, so that one long article does not hold its size for good.
const UNITS = 1 << 14;
let units = new Uint16Array(UNITS);
let unitBytes = Buffer.from(units.buffer);
let unitsText = '';
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

/** The code units of the text (valid until the next call), and one more past its end. */
function unitsOf(text: string): Uint16Array {
  if (text !== unitsText) {
    const length = text.length;
    if (length >= units.length || (length < UNITS && units.length > UNITS)) {
      units = new Uint16Array(length < UNITS ? UNITS : 2 * length);
      unitBytes = Buffer.from(units.buffer);
    }
    unitBytes.write(text, 0, 'utf16le');
    if (BIG_ENDIAN) unitBytes.subarray(0, 2 * length).swap16();
    unitsText = text;
  }
  return units;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return readTokens(text, from, to, articleWords);
}

/** The tokens of a lexicon phrase (see `phraseWords`). */
export function tokenizePhrase(phrase: string): Token[] {
  return readTokens(phrase, 0, phrase.length, phraseWords);
}

function readTokens(text: string, from: number, to: number, words: Readings): Token[] {
  const u = unitsOf(text);
  const tokens: Token[] = [];
  const n = Math.min(to, text.length);
  for (let i = from; i < n; ) {
    let c = u[i]!;
    const k = CLASSES[c]!;
    let e = i;
    let hash = FNV_BASIS;
    if (k & (LETTER | MARK) && !(k & UPPER && i + 1 < n && u[i + 1] === 0x2e)) {
      // most tokens: a word of letters, read and hashed in one pass (a surrogate, class 0, ends it)
      do {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        c = u[++e]!;
      } while (e < n && CLASSES[c]! & WORD);
      if (e < n && c >= 0xd800 && c <= 0xdfff) {
        e = tokenEnd(u, i, n);
        hash = hashOf(u, i, e);
      }
    } else {
      e = tokenEnd(u, i, n);
      if (e < 0) {
        i += widthAt(u, i, n);
        continue;
      }
      if (e === i + 1 && c === 0x2f && bracketsWords(u, i, from, n)) {
        i = e;
        continue;
      }
      hash = hashOf(u, i, e);
    }
    const r = words.at(text, u, i, e, hash);
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
function bracketsWords(u: Uint16Array, i: number, from: number, n: number): boolean {
  const before = i > from && (CLASSES[u[i - 1]!]! & LETTER) !== 0;
  const after = i + 1 < n && (CLASSES[u[i + 1]!]! & LETTER) !== 0;
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
