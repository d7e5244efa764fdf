// Writes batches of articles into Neo4j. One batch is one transaction of a fixed number of
// `UNWIND … MERGE` statements (cypher/ingest/*.cypher), whatever the number of articles,
// entities or edges in it: the article is all in or not at all, and round trips do not grow
// with the data.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ArticleRows, EntityRow, TakenReading } from './article-rows.ts';
import { articleReadings, mergeEntityRows, readingDeltas } from './article-rows.ts';
import { loadCypher } from './cypher.ts';

export type WriteOutcome = 'ingested' | 'replaced' | 'unchanged';

export interface WriteOptions {
  database?: string;
  /** How many times a whole batch is tried again after a uniqueness conflict with a concurrent
   * writer (the driver's executeWrite already retries transient errors such as deadlocks). */
  conflictRetries?: number;
  /** When given, milliseconds spent in each statement are added to it (for benchmarks). */
  timings?: Map<string, number>;
}

/** A concurrent writer created the same node between our read and our write: the constraint
 * stopped the duplicate, and trying the transaction again finds the node. Transient errors
 * (deadlocks, a leader switch) are already retried by executeWrite for up to 30 s; one that
 * outlasts that gets the same few extra tries. */
function isConflict(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || code.startsWith('Neo.TransientError.');
}

/** Writes one batch in one transaction; returns what happened to each article id. */
export async function writeArticles(
  driver: Driver,
  batch: ArticleRows[],
  opts: WriteOptions = {},
): Promise<Map<string, WriteOutcome>> {
  // One id may come twice in a batch (the same file given twice, a JSONL with a repeated
  // record); the last version is the one that stands, as if they had come one after another.
  const latest = new Map<string, ArticleRows>();
  for (const rows of batch) latest.set(rows.article.id, rows);
  const articles = [...latest.values()];
  const ids = [...latest.keys()].sort();
  if (ids.length === 0) return new Map();

  const run = async (tx: ManagedTransaction, name: string, params: Record<string, unknown>) => {
    const t0 = performance.now();
    const { records } = await tx.run(loadCypher(name), params);
    opts.timings?.set(name, (opts.timings.get(name) ?? 0) + performance.now() - t0);
    return records;
  };

  const attempt = () =>
    withSession(driver, opts.database, (session) =>
      session.executeWrite(async (tx) => {
        const outcomes = new Map<string, WriteOutcome>();
        const stored = new Map<string, string | null>();
        for (const r of await run(tx, 'ingest/lock-articles', { ids })) stored.set(r.get('id'), r.get('hash'));

        const fresh = articles.filter((a) => stored.get(a.article.id) !== a.article.hash);
        const changed = fresh.filter((a) => stored.get(a.article.id) != null).map((a) => a.article.id);
        for (const id of ids) outcomes.set(id, 'unchanged');
        if (fresh.length > 0) {
          const touched = new Set<string>();
          const cleared = new Set<string>();
          const takenBack: TakenReading[] = [];
          if (changed.length > 0) {
            for (const r of await run(tx, 'ingest/clear-articles', { ids: changed })) {
              for (const x of r.get('entityIds') as string[]) cleared.add(x);
              takenBack.push(...(r.get('takenBack') as TakenReading[]));
            }
            await run(tx, 'ingest/reset-aliases', { ids: [...cleared].sort() });
            for (const x of cleared) touched.add(x);
          }
          const entities: EntityRow[] = mergeEntityRows(fresh.flatMap((a) => a.entities));
          for (const e of entities) touched.add(e.id);
          await run(tx, 'ingest/upsert-entities', { entities });
          await run(tx, 'ingest/write-articles', { articles: fresh.map((a) => a.article) });
          const affiliations = fresh.flatMap((a) => a.affiliations);
          if (affiliations.length > 0) await run(tx, 'ingest/write-affiliations', { affiliations });
          const events = fresh.flatMap((a) => a.events);
          if (events.length > 0) await run(tx, 'ingest/write-events', { events });
          const claims = fresh.flatMap((a) => a.claims);
          if (claims.length > 0) await run(tx, 'ingest/write-claims', { claims });
          await run(tx, 'ingest/refresh-entities', { entities: readingDeltas(fresh.flatMap(articleReadings), takenBack, touched) });
          for (const a of fresh) outcomes.set(a.article.id, changed.includes(a.article.id) ? 'replaced' : 'ingested');
        }
        await run(tx, 'ingest/unlock-articles', { ids });
        return outcomes;
      }),
    );

  const tries = (opts.conflictRetries ?? 5) + 1;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= tries || !isConflict(err)) throw err;
      await new Promise((r) => setTimeout(r, 20 * i + Math.random() * 50));
    }
  }
}

export interface IsolatedResult {
  outcomes: Map<string, WriteOutcome>;
  failures: Map<string, Error>;
}

/** Like writeArticles, but one bad article does not sink its batch: a batch that fails for a
 * reason other than a conflict is split in halves until the failing articles stand alone. */
export async function writeArticlesIsolated(
  driver: Driver,
  batch: ArticleRows[],
  opts: WriteOptions = {},
): Promise<IsolatedResult> {
  const result: IsolatedResult = { outcomes: new Map(), failures: new Map() };
  const go = async (part: ArticleRows[]): Promise<void> => {
    if (part.length === 0) return;
    try {
      for (const [id, o] of await writeArticles(driver, part, opts)) result.outcomes.set(id, o);
    } catch (err) {
      if (isUnavailable(err)) throw err;
      if (part.length === 1) {
        result.failures.set(part[0]!.article.id, err as Error);
        return;
      }
      const mid = Math.ceil(part.length / 2);
      await go(part.slice(0, mid));
      await go(part.slice(mid));
    }
  };
  await go(batch);
  return result;
}

/** The database is not there at all: splitting the batch would not help. */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === neo4j.error.SERVICE_UNAVAILABLE;
}

async function withSession<T>(
  driver: Driver,
  database: string | undefined,
  fn: (s: ReturnType<Driver['session']>) => Promise<T>,
): Promise<T> {
  const session = driver.session(database ? { database } : {});
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

/** Content hashes stored for these article ids: an article whose hash is unchanged need not even
 * be extracted again. A hint only: writeArticles checks again under the article's lock. */
export async function storedHashes(driver: Driver, ids: string[], database?: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { records } = await driver.executeQuery(loadCypher('ingest/stored-hashes'), { ids }, { routing: 'READ', ...(database ? { database } : {}) });
  return new Map(records.map((r) => [r.get('id') as string, r.get('hash') as string]));
}
