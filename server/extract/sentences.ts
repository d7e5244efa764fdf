import { isDigit, isSpace } from './chars.ts';
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
// a longer word is none (and is not lower-cased to be looked up: lower-casing never shortens a word)
const ABBREVIATION_LONGEST = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
// . ! ? ؟ by code: a table look-up for every character of the body, where comparing with each
// of the four, branch by branch, took two and a half times as long
const END_MARK = new Uint8Array(0x10000);
for (const c of '.!?؟') END_MARK[c.charCodeAt(0)] = 1;
// what may close a sentence after its end mark, by code (as strings, the curly quotes were a new
// string each)
const CLOSER = new Uint8Array(0x10000);
for (const c of '"”’\'»)]') CLOSER[c.charCodeAt(0)] = 1;
const PERIOD = 0x2e;

/**
 * Splits each paragraph span into sentences. Sentences never cross a paragraph; a period
 * inside an abbreviation, a number or an ellipsis ("..") does not end one.
 */
export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const p = paragraphs[paragraph]!;
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if (END_MARK[c] === 0) continue;
      if (c === PERIOD && !endsSentence(text, i, p.end)) continue;
      let j = i + 1;
      while (j < p.end && (CLOSER[text.charCodeAt(j)] === 1 || text.charCodeAt(j) === c)) j++;
      if (j < p.end && !isSpace(text.charCodeAt(j))) continue;
      push(out, text, s, j, paragraph);
      s = j;
      i = j - 1;
    }
    push(out, text, s, p.end, paragraph);
  }
  return out;
}

function endsSentence(text: string, i: number, end: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (next === PERIOD || prev === PERIOD) return next !== PERIOD && i + 1 >= end; // ".." is a pause
  if (isDigit(prev) && isDigit(next)) return false;
  // (the regular expressions below only for a word short enough to match them)
  const word = wordBefore(text, i);
  if (word.length <= ABBREVIATION_LONGEST && ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (word.length === 1 && /^[\u0621-\u064A]$/.test(word) && (i < 2 || isSpace(text.charCodeAt(i - 2)))) return false; // «د.», «م.»: Arabic abbreviations
  return true;
}

/**
 * The letters and periods right before i, at most 12 characters back: as
 * /([\p{L}.]+)$/u on those 12, read backwards by code where they are Latin or Arabic letters
 * (the regular expression and its slice were a third of the splitting).
 */
function wordBefore(text: string, i: number): string {
  const from = Math.max(0, i - 12);
  let j = i;
  for (; j > from; j--) {
    const c = text.charCodeAt(j - 1);
    if (c >= 0x80) {
      if (c >= 0x620 && c <= 0x64a) continue; // Arabic letters
      return /([\p{L}.]+)$/u.exec(text.slice(from, i))?.[1] ?? '';
    }
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e)) break;
  }
  return text.slice(j, i);
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  const sentence = text.slice(start, end);
  if (/[\p{L}\p{N}]/u.test(sentence)) out.push({ index: out.length, text: sentence, start, end, paragraph });
}
