// The ingestion pipeline: files in, graph out. Files are read one at a time and articles
// extracted one at a time into bounded batches; one batch is written (one transaction) while
// the next is being extracted, so Node and Neo4j each keep a core busy and client memory stays
// flat whatever the corpus size.
import type { Driver } from 'neo4j-driver';
import { extract } from '../extract/index.ts';
import type { ExtractOptions } from '../extract/types.ts';
import { articleRows, type ArticleRows } from '../graph/article-rows.ts';
import { articleId, contentHash } from '../graph/ids.ts';
import { isUnavailable, storedHashes, writeArticlesIsolated } from '../graph/write-articles.ts';
import { expandPaths } from './expand-paths.ts';
import { readArticles, type ArticleRecord, type ReadItem } from './read-files.ts';

export interface IngestOptions {
  /** Articles per transaction. */
  batchSize?: number;
  /** Article text per transaction, in UTF-16 code units: bounds a batch of long articles. */
  maxBatchChars?: number;
  database?: string;
  onProgress?: (p: IngestProgress) => void;
  /** When given, milliseconds per write statement are added to it (for benchmarks). */
  timings?: Map<string, number>;
}

export interface IngestFailure {
  origin: string;
  reason: string;
}

export interface IngestProgress {
  bytesDone: number;
  bytesTotal: number;
  read: number;
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: number;
}

export interface IngestSummary extends IngestProgress {
  failures: IngestFailure[];
  seconds: number;
  /** Time spent extracting, and waiting for the database with nothing else to do. */
  extractSeconds: number;
  waitSeconds: number;
}

/** Neo4j went away mid-run: nothing more can be written, so the run stops here. */
export class IngestAborted extends Error {
  override name = 'IngestAborted';
}

const MAX_KEPT_FAILURES = 1000;

export async function ingestPaths(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const { files, missing } = await expandPaths(paths);
  const total = files.reduce((n, f) => n + f.size, 0);
  async function* items(): AsyncGenerator<ReadItem> {
    for (const m of missing) yield { ok: false, origin: m.origin, reason: m.reason, bytes: 0 };
    for (const f of files) yield* readArticles(f.path);
  }
  return ingestItems(driver, items(), total, opts);
}

/** Ingests already-read items (from files, or built in memory by a caller). */
export async function ingestItems(
  driver: Driver,
  items: AsyncIterable<ReadItem>,
  bytesTotal: number,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const batchSize = opts.batchSize ?? 100;
  const maxChars = opts.maxBatchChars ?? 4_000_000;
  const s: IngestSummary = {
    bytesDone: 0,
    bytesTotal,
    read: 0,
    ingested: 0,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    failures: [],
    seconds: 0,
    extractSeconds: 0,
    waitSeconds: 0,
  };
  const fail = (origin: string, reason: string) => {
    s.failed += 1;
    if (s.failures.length < MAX_KEPT_FAILURES) s.failures.push({ origin, reason });
  };
  const report = () => opts.onProgress?.(s);

  const write = async (batch: { rows: ArticleRows; origin: string }[]) => {
    let result;
    try {
      result = await writeArticlesIsolated(driver, batch.map((b) => b.rows), {
        ...(opts.database ? { database: opts.database } : {}),
        ...(opts.timings ? { timings: opts.timings } : {}),
      });
    } catch (err) {
      throw isUnavailable(err) ? new IngestAborted(`Neo4j became unreachable: ${(err as Error).message}`) : err;
    }
    const seen = new Set<string>();
    for (const { rows, origin } of batch) {
      const id = rows.article.id;
      const error = result.failures.get(id);
      if (error) {
        fail(origin, `could not be written: ${error.message}`);
        continue;
      }
      // A second copy of an article in the same batch is, for the user, an unchanged article.
      const outcome = seen.has(id) ? 'unchanged' : result.outcomes.get(id);
      seen.add(id);
      if (outcome === 'ingested') s.ingested += 1;
      else if (outcome === 'replaced') s.replaced += 1;
      else s.unchanged += 1;
    }
    report();
  };

  // At most one batch in flight: the next one is extracted while it is written.
  let inflight: Promise<void> = Promise.resolve();
  const submit = async (batch: { rows: ArticleRows; origin: string }[]) => {
    const t0 = performance.now();
    await inflight;
    s.waitSeconds += (performance.now() - t0) / 1000;
    inflight = write(batch);
    inflight.catch(() => {});
  };

  // Records are read into a batch first; the ones already stored with the same content are
  // counted as unchanged without being extracted (a re-run after an interruption skips what is
  // done), the others are extracted and written.
  let pending: ArticleRecord[] = [];
  let chars = 0;
  const flush = async () => {
    const keyed = pending.map((record) => ({
      record,
      id: articleId(record.text, record.url),
      hash: contentHash(record.text, { url: record.url, source: record.source, publishedAt: record.publishedAt, lang: record.lang }),
    }));
    pending = [];
    chars = 0;
    let stored: Map<string, string>;
    try {
      stored = await storedHashes(driver, keyed.map((k) => k.id), opts.database);
    } catch (err) {
      throw isUnavailable(err) ? new IngestAborted(`Neo4j became unreachable: ${(err as Error).message}`) : err;
    }
    const batch: { rows: ArticleRows; origin: string }[] = [];
    for (const { record, id, hash } of keyed) {
      if (stored.get(id) === hash) {
        s.unchanged += 1;
        continue;
      }
      const t0 = performance.now();
      const rows = extractRows(record, fail);
      s.extractSeconds += (performance.now() - t0) / 1000;
      if (rows) batch.push({ rows, origin: record.origin });
      // Extraction is synchronous: yield so that the batch in flight gets its replies.
      await new Promise((r) => setImmediate(r));
    }
    if (batch.length > 0) await submit(batch);
    report();
  };

  for await (const item of items) {
    s.bytesDone += item.bytes;
    if (!item.ok) {
      fail(item.origin, item.reason);
      report();
      continue;
    }
    s.read += 1;
    pending.push(item.record);
    chars += item.record.text.length;
    if (pending.length >= batchSize || chars >= maxChars) await flush();
  }
  if (pending.length > 0) await flush();
  const t0 = performance.now();
  await inflight;
  s.waitSeconds += (performance.now() - t0) / 1000;
  s.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  report();
  return s;
}

function extractRows(
  record: ArticleRecord,
  fail: (origin: string, reason: string) => void,
): ArticleRows | null {
  const hints: ExtractOptions = {};
  if (record.lang) hints.lang = record.lang;
  if (record.publishedAt) hints.publishedAt = record.publishedAt;
  if (record.source) hints.source = record.source;
  if (record.url) hints.url = record.url;
  try {
    return articleRows(record, extract(record.text, hints));
  } catch (err) {
    const e = err as Error;
    fail(record.origin, e.name === 'ExtractionError' ? e.message : `extraction failed: ${e.message}`);
    return null;
  }
}
