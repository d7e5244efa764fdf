// The API's door to Neo4j: one Reader per GraphQL request. It runs the named queries of
// cypher/api/ in read transactions, each with a timeout cut to what is left of the request's
// time budget, so that no request holds the database longer than its budget whatever it asks.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from './cypher.ts';
import { plain } from './values.ts';

export interface ReaderOptions {
  driver: Driver;
  database?: string | undefined;
  /** Time budget of the request's reads, in ms, from the first of them: every transaction it
   * opens must end within it. (A mutation's write comes before its reads and is not counted.) */
  budgetMs?: number;
  /** Called once per query sent, with the query's name (for tests and logs). */
  onQuery?: (name: string) => void;
}

/** The request ran out of its time budget, or the database stopped a transaction for it. */
export class QueryTimeout extends Error {
  override name = 'QueryTimeout';
}

const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

const MAX_RETRIES = 3;
const RETRY_PAUSE_MS = 50;

export class Reader {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly budgetMs: number;
  private deadline: number | undefined;
  private readonly onQuery: ((name: string) => void) | undefined;

  constructor(opts: ReaderOptions) {
    this.driver = opts.driver;
    this.database = opts.database;
    this.budgetMs = opts.budgetMs ?? 10_000;
    this.onQuery = opts.onQuery;
  }

  /** Milliseconds left of the request's budget (never below 0). */
  remainingMs(): number {
    this.deadline ??= Date.now() + this.budgetMs;
    return Math.max(0, this.deadline - Date.now());
  }

  /**
   * Runs cypher/<name>.cypher in a read transaction; rows as plain objects. An auto-commit
   * transaction (one round trip, no BEGIN and COMMIT: half the driver's CPU for a small read)
   * rather than executeRead, whose retries of an unreachable server run for 30 s whatever the
   * request's budget: here transient errors are tried again only while the budget lasts, and a
   * server that is gone fails the request at once.
   */
  async read<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const cypher = loadCypher(name);
    for (let attempt = 0; ; attempt++) {
      const timeout = this.remainingMs();
      if (timeout <= 0) throw this.timeoutError();
      this.onQuery?.(name);
      const session = this.driver.session({
        defaultAccessMode: neo4j.session.READ,
        ...(this.database ? { database: this.database } : {}),
      });
      try {
        const result = await session.run(cypher, params, { timeout });
        return result.records.map((r) => plain(r.toObject()) as T);
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (TIMED_OUT.has(code)) throw this.timeoutError(e);
        const transient = code.startsWith('Neo.TransientError.') || code === 'SessionExpired';
        const pause = RETRY_PAUSE_MS * 2 ** attempt;
        if (!transient || attempt >= MAX_RETRIES || this.remainingMs() <= pause) throw e;
        await new Promise((r) => setTimeout(r, pause));
      } finally {
        await session.close();
      }
    }
  }

  private timeoutError(cause?: unknown): QueryTimeout {
    return new QueryTimeout(`the request took longer than its ${this.budgetMs} ms budget`, { cause });
  }
}
