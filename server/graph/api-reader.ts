// The API's door to Neo4j: one Reader per GraphQL request. It runs the named queries of
// cypher/api/ in read transactions, each with a timeout cut to what is left of the request's
// time budget, so that no request holds the database longer than its budget whatever it asks.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from './cypher.ts';
import { plain } from './values.ts';

export interface ReaderOptions {
  driver: Driver;
  database?: string | undefined;
  /** Time budget of the whole request, in ms: every transaction it opens must end within it. */
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

export class Reader {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly budgetMs: number;
  private readonly deadline: number;
  private readonly onQuery: ((name: string) => void) | undefined;

  constructor(opts: ReaderOptions) {
    this.driver = opts.driver;
    this.database = opts.database;
    this.budgetMs = opts.budgetMs ?? 10_000;
    this.deadline = Date.now() + this.budgetMs;
    this.onQuery = opts.onQuery;
  }

  /** Milliseconds left of the request's budget (never below 0). */
  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Runs cypher/<name>.cypher in a read transaction; rows as plain objects. */
  async read<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const cypher = loadCypher(name);
    const timeout = this.remainingMs();
    if (timeout <= 0) throw this.timeoutError();
    this.onQuery?.(name);
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      const records = await session.executeRead((tx) => tx.run(cypher, params), { timeout });
      return records.records.map((r) => plain(r.toObject()) as T);
    } catch (e) {
      if (TIMED_OUT.has((e as { code?: string }).code ?? '')) throw this.timeoutError(e);
      throw e;
    } finally {
      await session.close();
    }
  }

  private timeoutError(cause?: unknown): QueryTimeout {
    return new QueryTimeout(`the request took longer than its ${this.budgetMs} ms budget`, { cause });
  }
}
