// Language of an article from its letters: Arabic script, or English (Latin script with
// English function words). Anything else is reported as unsupported, not guessed. Where the
// letters leave a doubt (Persian and Urdu also write in Arabic letters; Dutch, German or French
// share "in", "a", "an" with English), franc-min's trigram model names the language.
import { franc } from 'franc-min';
import type { Lang } from './types.ts';

// (with the weekdays, which date a one-line news item: "Kim met Putin in Pyongyang on Wednesday")
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
const EN_WORDS = new Set(
  `the of and to in a is that for on said with as was by at from it his have has are be an its were not but this which they their who will after been had would more ${WEEKDAYS}`.split(' '),
);
// English function words that other Latin-script languages do not write as words
const EN_ONLY = new Set(`the of and that for said with was from his have has are its were this which they their who will been had would ${WEEKDAYS}`.split(' '));

// The function words as a trie over a to z, walked a character at a time without a branch: the
// sample's thousand words are neither cut out nor looked up one by one, and branching at each
// word's start and end, the wrong way every few characters, took most of the time (49 µs an
// article; 29 µs so). A state is a row of 32 in NEXT, by the letter's column (COLUMN); state 0 is
// dead (no function word starts so), ROOT is where any other character goes back to: column 0,
// which no letter has, leads there from every state.
const ROOT = 1;
const IS_EN = 1;
const IS_EN_ONLY = 2;
const { NEXT, KIND } = (() => {
  const next: number[] = new Array<number>(64).fill(0);
  const kind: number[] = [0, 0];
  for (const w of new Set([...EN_WORDS, ...EN_ONLY])) {
    let state = ROOT;
    for (let i = 0; i < w.length; i++) {
      const k = state * 32 + (w.charCodeAt(i) & 31);
      if (!next[k]) {
        next[k] = kind.length;
        kind.push(0);
        next.push(...new Array<number>(32).fill(0));
      }
      state = next[k]!;
    }
    kind[state] = (EN_WORDS.has(w) ? IS_EN : 0) | (EN_ONLY.has(w) ? IS_EN_ONLY : 0);
  }
  for (let state = 0; state < kind.length; state++) next[state * 32] = ROOT;
  return { NEXT: Uint16Array.from(next), KIND: Uint8Array.from(kind) };
})();
// What a UTF-16 unit is to the words of the lower-cased text: the column of the letter of a to z it
// lower-cases into (1 to 26), 0 for any other. Read so, the text is not lower-cased: that copy was
// a fifth of the language's time (29 µs an English article with it, 23 µs without). Beside A to Z,
// only the Kelvin sign lower-cases into one («K» into k), and the dotted capital I (U+0130), which
// lower-cases into two characters (i and a combining dot), so that a text with one is lower-cased
// first (see detectLanguage).
const COLUMN = new Uint8Array(0x10000);
for (let c = 0x41; c <= 0x5a; c++) COLUMN[c] = COLUMN[c + 0x20] = c & 31;
COLUMN[0x212a] = 'k'.charCodeAt(0) & 31;
const DOTTED_CAPITAL_I = '\u0130';
// letters Persian, Urdu and Pashto write and Arabic does not (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۀ)
const NOT_ARABIC = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u0679\u0688\u0691\u06BA\u06BE\u06C0]/g;
const FRANC_SAMPLE = 1500;
const names = new Intl.DisplayNames(['en'], { type: 'language' });

export interface LangGuess {
  lang: Lang | null;
  arabicShare: number;
  reason: string;
}

/** Runs of a-z in the text once lower-cased: how many, how many are English function words, how many English-only ones. */
function countWords(text: string): { words: number; hits: number; own: number } {
  let words = 0;
  let hits = 0;
  let own = 0;
  let state = ROOT;
  let last = 0; // 1 after a letter
  for (let i = 0; i < text.length; i++) {
    const column = COLUMN[text.charCodeAt(i)]!;
    const letter = (column + 31) >> 5; // 1 for a letter's column (1 to 26), 0 for none
    // the kind of the word that ends here (a letter before, none now), else 0
    const kind = KIND[state]! & -(last & (letter ^ 1));
    hits += kind & IS_EN;
    own += kind >> 1;
    words += letter & (last ^ 1);
    state = NEXT[state * 32 + column]!;
    last = letter;
  }
  const kind = KIND[state]! & -last; // the last word, where the text ends in one
  return { words, hits: hits + (kind & IS_EN), own: own + (kind >> 1) };
}

// What a UTF-16 unit counts for, as a bit each, so that the scan adds them up in three variables
// without a branch (counted into an array by script, each count was stored and loaded again at
// every character). A table, as the branches on the character ranges, taken the wrong way at every
// space of a text, took two thirds of the scan's time (27 µs an English article; 10 µs so); filled
// as units are met, since a Unicode regex tells the other letters.
const NONE = 0;
const LATIN = 1;
const ARABIC = 2;
const OTHER = 4;
const HIGH_SURROGATE = 8; // a letter beyond the BMP (CJK extensions and the like): another script
const NOT_YET = 16;
const SCRIPT = new Uint8Array(0x10000).fill(NOT_YET);
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : NONE;
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
    return (c >= 0x0621 && c <= 0x064a) || c > 0x066d ? ARABIC : NONE;
  }
  if (c >= 0xd800 && c <= 0xdbff) return HIGH_SURROGATE;
  if (!/\p{L}/u.test(String.fromCharCode(c))) return NONE;
  return c >= 0xc0 && c <= 0x24f ? LATIN : OTHER;
}

export function detectLanguage(text: string): LangGuess {
  // the first 20,000 characters tell the language as well as the whole
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let latin = 0;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    let script = SCRIPT[c]!;
    if (script > OTHER) {
      if (script === NOT_YET) script = SCRIPT[c] = scriptOf(c);
      if (script === HIGH_SURROGATE) {
        script = OTHER;
        i++;
      }
    }
    latin += script & LATIN;
    arabic += (script & ARABIC) >> 1;
    other += script >> 2;
  }
  const letters = arabic + latin + other;
  if (letters === 0) return { lang: null, arabicShare: 0, reason: 'the text has no letters' };
  const arabicShare = arabic / letters;
  if (arabicShare >= 0.3) {
    const notArabic = sample.match(NOT_ARABIC)?.length ?? 0;
    if (notArabic >= 5 && notArabic >= arabic * 0.01) {
      const code = franc(sample.slice(0, FRANC_SAMPLE));
      if (code !== 'und' && !code.startsWith('ar')) return { lang: null, arabicShare, reason: `Arabic script, but ${names.of(code) ?? code}` };
    }
    return { lang: 'ar', arabicShare, reason: 'Arabic script' };
  }
  if (latin / letters >= 0.6) {
    const head = sample.slice(0, 8_000);
    const lower = head.includes(DOTTED_CAPITAL_I) ? head.toLowerCase() : head;
    const { words, hits, own } = countWords(lower);
    if (words && own / words >= 0.08) return { lang: 'en', arabicShare, reason: 'English function words' };
    // too short for a trigram model: English function words decide
    if (latin < 100) {
      if (words && (own / words >= 0.08 || (words < 30 && own >= 1))) {
        return { lang: 'en', arabicShare, reason: 'English function words' };
      }
      return { lang: null, arabicShare, reason: 'Latin script, but not English' };
    }
    const code = franc(sample.slice(0, FRANC_SAMPLE));
    if (code === 'eng' || (code === 'und' && hits / words >= 0.08)) return { lang: 'en', arabicShare, reason: 'English (trigram model)' };
    return { lang: null, arabicShare, reason: `Latin script, but ${code === 'und' ? 'not English' : (names.of(code) ?? code)}` };
  }
  return { lang: null, arabicShare, reason: 'neither Arabic nor English script' };
}
