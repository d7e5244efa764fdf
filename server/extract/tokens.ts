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

type Reading = Pick<Token, 'norm' | 'kind' | 'forms'>;

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
  r = { norm, kind: isWord ? 'word' : 'punct', forms: isWord ? formsOf(norm) : [{ form: norm, prefix: '' }] };
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(t, r);
  return r;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = from + (m.index ?? 0);
    const r = readingOf(t);
    tokens.push({ text: t, start, end: start + t.length, norm: r.norm, kind: r.kind, forms: r.forms });
  }
  return tokens;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** Candidate readings of a normalised Arabic word with its proclitics removed. */
export function formsOf(norm: string): { form: string; prefix: string }[] {
  const out: { form: string; prefix: string }[] = [{ form: norm, prefix: '' }];
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

function pushForm(out: { form: string; prefix: string }[], form: string, prefix: string): void {
  if (form.length < 2) return;
  for (const o of out) if (o.form === form) return;
  out.push({ form, prefix });
}
