import type { Sentence } from './types.ts';

/** A span of the original text: a line of the body, or a header remainder. */
export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a period does not end an English sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.u'.split(
    ' ',
  ),
);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);

/**
 * Splits each paragraph span into sentences. Sentences never cross a paragraph; a period
 * inside an abbreviation, a number or an ellipsis ("..") does not end one.
 */
export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      // codes, not one-character strings: this runs over every character of the body
      const code = text.charCodeAt(i);
      if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x61f) continue;
      const c = text[i]!;
      if (c === '.' && !endsSentence(text, i, p.end)) continue;
      let j = i + 1;
      while (j < p.end && (CLOSERS.has(text[j]!) || text[j] === c)) j++;
      if (j < p.end && !/\s/.test(text[j]!)) continue;
      push(out, text, s, j, paragraph);
      s = j;
      i = j - 1;
    }
    push(out, text, s, p.end, paragraph);
  });
  return out;
}

function endsSentence(text: string, i: number, end: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (next === '.' || prev === '.') return next !== '.' && i + 1 >= end; // ".." is a pause
  if (/\d/.test(prev) && /\d/.test(next)) return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (/^[\u0621-\u064A]$/.test(word) && /\s/.test(prev === '' ? ' ' : text[i - 2] ?? ' ')) return false; // «د.», «م.»: Arabic abbreviations
  return true;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
  out.push({ index: out.length, text: text.slice(start, end), start, end, paragraph });
}
