// Reads article files one at a time: plain text and Markdown (one article per file), JSON (one
// record or an array of them), JSONL (one record a line, streamed, for corpora of any size) and
// HTML (the article pulled out of the page). A bad file or record becomes a failure with a
// reason, never an exception, so one bad input does not stop a run.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleInput } from '../graph/article-rows.ts';
import { articleFromHtml } from './html.ts';

export interface ArticleRecord extends ArticleInput {
  origin: string;
}

export type ReadItem =
  | { ok: true; record: ArticleRecord; bytes: number }
  | { ok: false; origin: string; reason: string; bytes: number };

export const EXTENSIONS = ['txt', 'md', 'markdown', 'json', 'jsonl', 'ndjson', 'html', 'htm'];

/** Larger than any real article; a file this big is a mistake or an attack, not news. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** A JSON array is parsed whole; above this, JSONL is the format to use. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_HTML_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(buf: Buffer): string {
  if (buf.subarray(0, 8192).includes(0)) throw new Error('binary file (NUL bytes), not text');
  try {
    return utf8.decode(buf).replace(/^\uFEFF/u, '');
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

const fail = (origin: string, reason: string, bytes = 0): ReadItem => ({ ok: false, origin, reason, bytes });

/** Validates one JSON record ({text, url, source, publishedAt, lang}). */
export function recordFromJson(value: unknown, origin: string): ArticleRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('expected an object {text, url?, source?, publishedAt?, lang?}');
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' || v.text.trim() === '') throw new Error('"text" must be a non-empty string');
  const opt = (k: string): string | null => {
    const x = v[k];
    if (x === undefined || x === null || x === '') return null;
    if (typeof x !== 'string') throw new Error(`"${k}" must be a string`);
    return x.trim();
  };
  const lang = opt('lang');
  if (lang !== null && lang !== 'ar' && lang !== 'en') throw new Error(`"lang" must be "ar" or "en", not ${JSON.stringify(lang)}`);
  const publishedAt = opt('publishedAt');
  if (publishedAt !== null && Number.isNaN(Date.parse(publishedAt))) {
    throw new Error(`"publishedAt" is not an ISO 8601 date: ${JSON.stringify(publishedAt)}`);
  }
  if (Buffer.byteLength(v.text, 'utf8') > MAX_ARTICLE_BYTES) throw new Error(`"text" is larger than ${MAX_ARTICLE_BYTES} bytes`);
  return { text: v.text, url: opt('url'), source: opt('source'), publishedAt, lang, origin };
}

async function readWhole(path: string, limit: number): Promise<string> {
  const { size } = await stat(path);
  if (size > limit) throw new Error(`file is ${size} bytes, more than the ${limit} an article may have`);
  if (size === 0) throw new Error('empty file');
  return decode(await readFile(path));
}

async function* readJsonl(path: string): AsyncGenerator<ReadItem> {
  // Check the head for binary content before streaming lines out of it.
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    if (head.subarray(0, bytesRead).includes(0)) {
      yield fail(path, 'binary file (NUL bytes), not JSONL');
      return;
    }
  } finally {
    await fh.close();
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    const bytes = Buffer.byteLength(line, 'utf8') + 1;
    if (line.trim() === '') continue;
    const origin = `${path}:${n}`;
    try {
      yield { ok: true, record: recordFromJson(JSON.parse(line), origin), bytes };
    } catch (err) {
      yield fail(origin, (err as Error).message, bytes);
    }
  }
}

/** The articles in one file. */
export async function* readArticles(path: string): AsyncGenerator<ReadItem> {
  const ext = extname(path).slice(1).toLowerCase();
  let size = 0;
  try {
    size = (await stat(path)).size;
    if (ext === 'jsonl' || ext === 'ndjson') {
      yield* readJsonl(path);
      return;
    }
    if (ext === 'json') {
      const value: unknown = JSON.parse(await readWhole(path, MAX_JSON_BYTES));
      const list = Array.isArray(value)
        ? value
        : value !== null && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles)
          ? ((value as { articles: unknown[] }).articles)
          : [value];
      const share = list.length > 0 ? size / list.length : size;
      for (let i = 0; i < list.length; i++) {
        const origin = list.length === 1 && !Array.isArray(value) ? path : `${path}#${i}`;
        try {
          yield { ok: true, record: recordFromJson(list[i], origin), bytes: share };
        } catch (err) {
          yield fail(origin, (err as Error).message, share);
        }
      }
      return;
    }
    if (ext === 'html' || ext === 'htm') {
      const page = articleFromHtml(await readWhole(path, MAX_HTML_BYTES));
      yield { ok: true, record: { ...page, origin: path }, bytes: size };
      return;
    }
    if (ext === 'txt' || ext === 'md' || ext === 'markdown') {
      const text = await readWhole(path, MAX_ARTICLE_BYTES);
      if (text.trim() === '') throw new Error('file holds only whitespace');
      yield { ok: true, record: { text, origin: path }, bytes: size };
      return;
    }
    yield fail(path, `unsupported file type ".${ext}" (expected one of ${EXTENSIONS.map((e) => '.' + e).join(' ')})`, size);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e instanceof SyntaxError ? `malformed JSON: ${e.message}` : e.code === 'ENOENT' ? 'no such file' : e.message;
    yield fail(path, reason, size);
  }
}
