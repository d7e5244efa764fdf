// Stable ids for what the graph stores. An id must come out the same in every process and
// every run, so that two ingests of one article meet on one node instead of making two.
import { createHash } from 'node:crypto';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** NFC, trimmed, whitespace runs collapsed: copies of one text that differ only in spacing
 * or Unicode composition get one id. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** `article:` + 16 hex of sha256(url when given, else the normalised text). */
export function articleId(text: string, url?: string | null): string {
  const basis = url && url.trim() !== '' ? url.trim() : normaliseText(text);
  return `article:${sha256(basis).slice(0, 16)}`;
}

/** Hash of everything that shapes what gets written for an article: the text and the hints the
 * caller gave with it. Same id and same hash means re-ingesting changes nothing. */
export function contentHash(text: string, hints: Record<string, string | null | undefined> = {}): string {
  const keys = Object.keys(hints)
    .filter((k) => hints[k] != null && hints[k] !== '')
    .sort();
  return sha256(JSON.stringify([text, keys.map((k) => [k, hints[k]])]));
}

/** First report of an event makes its id; later reports merge into it (see event-key.ts). */
export function eventId(mergeKey: string, date: string | null, firstArticleId: string): string {
  return `event:${sha256(`${mergeKey}\u0000${date ?? ''}\u0000${firstArticleId}`).slice(0, 16)}`;
}

export function claimId(articleId: string, n: number): string {
  return `claim:${articleId.replace(/^article:/u, '')}:${n}`;
}

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}#${index}`;
}
