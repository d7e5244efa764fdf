// Arabic and Latin normalisation for matching only: stored text always stays as written.
// One character in, at most one character out, so that lengths and offsets are kept when a
// caller normalises a whole span (removed characters become nothing; see `normalizeToken`).
import { codeAt } from './chars.ts';

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

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

// NFKC is costly, so only text that it can change pays for it: anything beyond Arabic
// (presentation forms ﻻ, ligatures, full-width), Latin-1 symbols (no-break space, ª, ²) and
// combining accents (e + ◌́ → é).
function needsNfkc(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = codeAt(s, i);
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
  return mapChars(s, AT_ONCE) ?? normalizeApart(s);
}

function normalizeApart(s: string): string {
  const n = needsNfkc(s) ? s.normalize('NFKC') : s;
  // Lower-cased first, then both folds in one pass: the letters, marks and quotes LETTER_FOLD
  // maps have no case and no letter lower-cases into one. Except around a capital sigma, whose
  // lower case depends on its neighbours, and LETTER_FOLD drops two symbols (۞ ۩) that count
  // as neighbours: there the letters are folded before the case, as they always were.
  return n.includes('Σ')
    ? mapChars(mapChars(n, LETTER_FOLD)!.toLowerCase(), LATIN_FOLD)!
    : mapChars(n.toLowerCase(), FOLD)!;
}

// Accented Latin letters match their base letter, as English news writes names either way
// (Séjourné/Sejourne, Médecins/Medecins, Año/Ano); one letter in, one out.
const LATIN_ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
const latinBase = (c: string): string => {
  const base = c.normalize('NFD')[0]!;
  return /[a-z]/.test(base) ? base : c;
};

// The character maps above as tables over UTF-16 code units, applied in one pass each (tokens,
// lines and phrases all come through here): KEEP, DROP or the code of the replacement, or ASIDE
// for a character the table cannot map alone (see `AT_ONCE`).
const KEEP = -1;
const DROP = -2;
const ASIDE = -3;
function table(entries: (c: string) => string | undefined): Int32Array {
  const t = new Int32Array(0x10000).fill(KEEP);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const to = entries(ch);
    if (to !== undefined && to !== ch) t[c] = to === '' ? DROP : to.charCodeAt(0);
  }
  return t;
}
const letterFold = (c: string): string | undefined => (DIACRITICS.test(c) ? '' : LETTERS[c]);
const latinFold = (c: string): string | undefined => (LATIN_ACCENTED.test(c) ? latinBase(c) : undefined);
const LETTER_FOLD = table(letterFold);
const LATIN_FOLD = table(latinFold);
const FOLD = table((c) => letterFold(c) ?? latinFold(c));
// All of `normalize` in one pass for text of Arabic and Latin letters, the case folded with the
// letters: a character that NFKC may change or that has no lower case of its own in one character
// (İ, and Σ, whose lower case depends on its neighbours) is set aside for the passes apart.
// Through those (a scan for NFKC, a search for Σ, toLowerCase, mapChars) the fifty-odd words and
// lines an article normalises took 1.4 (English) to 2 (Arabic) times as long.
const AT_ONCE = new Int32Array(0x10000).fill(ASIDE);
for (let c = 0; c < 0x700; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  if (needsNfkc(ch) || ch === 'Σ' || lower.length !== 1) continue;
  const folded = FOLD[lower.charCodeAt(0)]!;
  AT_ONCE[c] = folded !== KEEP ? folded : lower === ch ? KEEP : lower.charCodeAt(0);
}

/** The text mapped by the table, or null when it has a character the table sets aside. */
function mapChars(s: string, t: Int32Array): string | null {
  let out = '';
  let from = 0; // start of the characters not yet copied
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const to = t[codeAt(s, i)]!;
    if (to === KEEP) continue;
    if (to === ASIDE) return null;
    out += s.slice(from, i);
    if (to !== DROP) out += String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Normalise a phrase: tokens joined by one space, punctuation dropped. */
export function normalizePhrase(s: string): string {
  // one pass instead of three regular expressions (runs of punctuation, symbols and spaces become
  // one space; none at either end): every line of every article goes through here. Words already
  // apart by a single space are copied as one piece, not word by word: joining each word made
  // this the costliest step of reading a line
  const n = normalize(s);
  let out = '';
  let from = -1; // start of the current piece: kept characters and single spaces between them
  let kept = -1; // end of its last kept character
  const length = n.length;
  for (let i = 0; i < length; i++) {
    const c = codeAt(n, i);
    let gap: boolean;
    let width = 1;
    if (c < 0x10000 && (c < 0xd800 || c > 0xdbff)) gap = SEPARATOR[c] === 1;
    else {
      const cp = n.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      gap = SEPARATOR_RE.test(String.fromCodePoint(cp));
    }
    if (!gap) {
      if (from < 0) from = i;
      kept = i + width;
    } else if (from >= 0 && (c !== 0x20 || kept !== i)) {
      // a gap other than one space after a kept character: the piece ends at its last kept one
      out += (out ? ' ' : '') + n.slice(from, kept);
      from = -1;
    }
    i += width - 1;
  }
  if (from >= 0) out += (out ? ' ' : '') + n.slice(from, kept);
  return out;
}

const SEPARATOR_RE = /^[\p{P}\p{S}\s]$/u;
// the characters of the Basic Multilingual Plane that are punctuation, symbols or spaces
const SEPARATOR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (SEPARATOR_RE.test(String.fromCharCode(c))) SEPARATOR[c] = 1;

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
