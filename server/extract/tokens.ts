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
  forms: { form: string; prefix: string }[];
}

// Words: letters, marks, digits and tatweel; "U.S."-style abbreviations; decimals. Everything
// else that is not space is one punctuation token, except hyphens and apostrophes inside words,
// which join nothing and are dropped (Jong-un reads as Jong un, as lexicon aliases are normalised).
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,٫]\p{N}+)*|[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}\-'’]/gu;

const ABBREV_RE = /^(?:\p{Lu}\.){2,}$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = from + (m.index ?? 0);
    const isWord = /[\p{L}\p{N}]/u.test(t);
    const norm = asciiDigits(normalize(ABBREV_RE.test(t) ? t.replace(/\./g, '') : t));
    tokens.push({
      text: t,
      start,
      end: start + t.length,
      norm,
      kind: isWord ? 'word' : 'punct',
      forms: isWord ? formsOf(norm) : [{ form: norm, prefix: '' }],
    });
  }
  return tokens;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** Candidate readings of a normalised Arabic word with its proclitics removed. */
export function formsOf(norm: string): { form: string; prefix: string }[] {
  const out: { form: string; prefix: string }[] = [{ form: norm, prefix: '' }];
  if (!/[\u0621-\u064a]/.test(norm[0] ?? '')) {
    if (norm.endsWith("'s")) out.push({ form: norm.slice(0, -2), prefix: '' });
    return out;
  }
  const seen = new Set([norm]);
  const add = (form: string, prefix: string) => {
    if (form.length >= 2 && !seen.has(form)) {
      seen.add(form);
      out.push({ form, prefix });
    }
  };
  const bases: { w: string; p: string }[] = [{ w: norm, p: '' }];
  if (CONJ.has(norm[0]!) && norm.length > 3) bases.push({ w: norm.slice(1), p: norm[0]! });
  for (const { w, p } of [...bases]) {
    if (w.startsWith('لل') && w.length > 4) {
      // ل + ال contracts to لل: للولايات = ل + الولايات
      bases.push({ w: 'ال' + w.slice(2), p: p + 'ل' });
    } else if (PREP.has(w[0]!) && w.length > 3) bases.push({ w: w.slice(1), p: p + w[0] });
  }
  for (const { w, p } of bases) add(w, p);
  for (const { w, p } of bases) if (w.startsWith('ال') && w.length > 4) add(w.slice(2), p + 'ال');
  return out;
}
