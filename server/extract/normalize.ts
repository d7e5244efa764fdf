// Arabic and Latin normalisation for matching only: stored text always stays as written.
// One character in, at most one character out, so that lengths and offsets are kept when a
// caller normalises a whole span (removed characters become nothing; see `normalizeToken`).

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  ی: 'ي',
  '\u2019': "'",
  '\u2018': "'",
};
const LETTER_RE = /[أإآٱىةؤئکی\u2019\u2018]/g;

// NFKC is costly, so only text that it can change pays for it: anything beyond Arabic
// (presentation forms ﻻ, ligatures, full-width), Latin-1 symbols (no-break space, ª, ²) and
// combining accents (e + ◌́ → é).
function needsNfkc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x6ff || (c >= 0xa0 && c <= 0xbf) || (c >= 0x300 && c <= 0x36f)) return true;
  }
  return false;
}

/** The word as written, without its diacritics: how it is told apart from words it folds into («علي», «على»). */
export function stripDiacritics(s: string): string {
  return s.replace(DIACRITICS, '');
}

/** Normalise one token or phrase for lexicon look-up (Arabic letter forms, diacritics, case). */
export function normalize(s: string): string {
  return (needsNfkc(s) ? s.normalize('NFKC') : s)
    .replace(DIACRITICS, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .toLowerCase()
    .replace(LATIN_ACCENTED, latinBase);
}

// Accented Latin letters match their base letter, as English news writes names either way
// (Séjourné/Sejourne, Médecins/Medecins, Año/Ano); one letter in, one out.
const LATIN_ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/g;
const latinBase = (c: string): string => {
  const base = c.normalize('NFD')[0]!;
  return /[a-z]/.test(base) ? base : c;
};

/** Normalise a phrase: tokens joined by one space, punctuation dropped. */
export function normalizePhrase(s: string): string {
  return normalize(s)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits to ASCII digits (same length). */
export function asciiDigits(s: string): string {
  return s.replace(ARABIC_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}


/** Slug for ids: lower-case ASCII words joined by hyphens; Arabic is transliterated loosely. */
export function slug(s: string): string {
  const ascii = transliterate(normalize(s))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 80) || 'x';
}

const TRANSLIT: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k',
  ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ء: '', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
};

/** A loose, deterministic romanisation used only to build ids of actors found in Arabic text. */
export function transliterate(s: string): string {
  let out = '';
  for (const ch of s) out += TRANSLIT[ch] ?? ch;
  return out;
}
