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
// longer words are none of them: they are counted without being cut out and looked up
const LONGEST = Math.max(...[...EN_WORDS].map((w) => w.length));
// A word of a to z as a number, five bits a letter (one of LONGEST letters is a small integer):
// the sample's words are looked up by it, not cut out of the text as strings (a thousand words).
const codeOf = (s: string, from: number, to: number): number => {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 32 + (s.charCodeAt(i) - 0x60);
  return code;
};
const wordCodes = (words: Set<string>): Set<number> => new Set([...words].map((w) => codeOf(w, 0, w.length)));
const EN_CODES = wordCodes(EN_WORDS);
const EN_ONLY_CODES = wordCodes(EN_ONLY);
// letters Persian, Urdu and Pashto write and Arabic does not (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۀ)
const NOT_ARABIC = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u0679\u0688\u0691\u06BA\u06BE\u06C0]/g;
const FRANC_SAMPLE = 1500;
const names = new Intl.DisplayNames(['en'], { type: 'language' });

export interface LangGuess {
  lang: Lang | null;
  arabicShare: number;
  reason: string;
}

/** Runs of a-z in lower-cased text: how many, how many are English function words, how many English-only ones. */
function countWords(lower: string): { words: number; hits: number; own: number } {
  let words = 0;
  let hits = 0;
  let own = 0;
  for (let i = 0; i < lower.length; i++) {
    if (!isAz(lower.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < lower.length && isAz(lower.charCodeAt(j))) j++;
    words++;
    if (j - i <= LONGEST) {
      const code = codeOf(lower, i, j);
      if (EN_CODES.has(code)) hits++;
      if (EN_ONLY_CODES.has(code)) own++;
    }
    i = j;
  }
  return { words, hits, own };
}
const isAz = (c: number) => c >= 0x61 && c <= 0x7a;

export function detectLanguage(text: string): LangGuess {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  // the first 20,000 characters tell the language as well as the whole
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // ASCII first, without the Unicode regex: most of an English text
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      if ((c >= 0x0621 && c <= 0x064a) || c > 0x066d) arabic++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      other++; // a letter beyond the BMP (CJK extensions and the like) counts as another script
      i++;
    } else if (/\p{L}/u.test(sample[i]!)) {
      if (c >= 0xc0 && c <= 0x24f) latin++;
      else other++;
    }
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
    const { words, hits, own } = countWords(sample.slice(0, 8_000).toLowerCase());
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
