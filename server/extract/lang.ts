// Language of an article from its letters: Arabic script, or English (Latin script with
// English function words). Anything else is reported as unsupported, not guessed.
import type { Lang } from './types.ts';

const EN_WORDS = new Set(
  'the of and to in a is that for on said with as was by at from it his have has are be an its were not but this which they their who will after been had would more'.split(' '),
);

export interface LangGuess {
  lang: Lang | null;
  arabicShare: number;
  reason: string;
}

export function detectLanguage(text: string): LangGuess {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      if ((c >= 0x0621 && c <= 0x064a) || c > 0x066d) arabic++;
    } else if (/\p{L}/u.test(ch)) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
      else other++;
    }
  }
  const letters = arabic + latin + other;
  if (letters === 0) return { lang: null, arabicShare: 0, reason: 'the text has no letters' };
  const arabicShare = arabic / letters;
  if (arabicShare >= 0.3) return { lang: 'ar', arabicShare, reason: 'Arabic script' };
  if (latin / letters >= 0.6) {
    const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
    const hits = words.filter((w) => EN_WORDS.has(w)).length;
    if (words.length && (hits / words.length >= 0.08 || (words.length < 30 && hits >= 1))) {
      return { lang: 'en', arabicShare, reason: 'English function words' };
    }
    return { lang: null, arabicShare, reason: 'Latin script, but not English' };
  }
  return { lang: null, arabicShare, reason: 'neither Arabic nor English script' };
}
