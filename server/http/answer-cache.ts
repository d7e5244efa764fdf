// Whole HTTP answers to GraphQL queries, kept in memory and served again byte for byte, the
// way a caching proxy would: a repeated search or neighbourhood costs no parsing, no database
// and no JSON encoding. Only successful queries are kept (never mutations, never errors, never
// `health`), keyed by everything that shapes the answer (the body and the Accept, Content-Type
// and Origin headers). A write through this server drops them all; writes by other processes
// (npm run ingest) show once an answer's time is up and one refresh has run.
// Identical queries asked while one of them is being answered wait for that answer instead of
// each running it: when a busy view's answer expires, the dozens of clients asking for it
// would otherwise all miss at once and each run the same multi-second read. For the same
// reason an expired answer is still served, for at most `staleMs` more, while one refresh runs.
import { createHash } from 'node:crypto';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface Answer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** Fields whose answers must be fresh each time. */
const NEVER_CACHED = new Set(['health']);

interface Kept {
  answer: Answer;
  /** Date.now() when it was answered. */
  at: number;
}

export class AnswerCache {
  private readonly answers: LRUCache<string, Kept>;
  /** Answers being computed, by key: later askers of the same query wait for them. */
  private readonly pending = new Map<string, Promise<Answer>>();
  /** Bumped by clear(): an answer computed before a write is not kept after it. */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly staleMs: number;
  /** Whether a request body is a cacheable query, by body: parsing once per distinct text. */
  private readonly verdicts = new LRUCache<string, boolean>({ max: 5_000 });

  constructor(opts: { ttlMs: number; staleMs?: number; maxBytes?: number }) {
    this.ttlMs = opts.ttlMs;
    this.staleMs = opts.staleMs ?? opts.ttlMs;
    this.answers = new LRUCache<string, Kept>({
      ttl: opts.ttlMs + this.staleMs,
      maxSize: opts.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (k) => k.answer.body.length + 256,
    });
  }

  key(
    body: Buffer,
    headers: { accept?: string | undefined; contentType?: string | undefined; origin?: string | undefined },
  ): string {
    return createHash('sha256')
      .update(`${headers.accept ?? ''}\u0000${headers.contentType ?? ''}\u0000${headers.origin ?? ''}\u0000`)
      .update(body)
      .digest('base64url');
  }

  /**
   * The answer to a request: a kept one while fresh; an expired one within its stale time, with
   * one refresh started behind it; else the answer `compute` gives, shared with every identical
   * request that comes while it runs. Requests that are not cacheable queries are computed alone.
   */
  answer(key: string, requestBody: Buffer, compute: () => Promise<Answer>): Promise<Answer> {
    if (!this.isCacheableQuery(requestBody)) return compute();
    const kept = this.answers.get(key);
    if (kept !== undefined) {
      if (Date.now() - kept.at < this.ttlMs) return Promise.resolve(kept.answer);
      // The refresh's own failure reaches whoever waits for it; the stale answer is served.
      this.refresh(key, compute).catch(() => {});
      return Promise.resolve(kept.answer);
    }
    return this.refresh(key, compute);
  }

  /** Drops every answer (after a write), and forgets the ones being computed. */
  clear(): void {
    this.generation += 1;
    this.answers.clear();
    this.pending.clear();
  }

  private refresh(key: string, compute: () => Promise<Answer>): Promise<Answer> {
    const running = this.pending.get(key);
    if (running !== undefined) return running;
    const generation = this.generation;
    const computing = compute()
      .then((answer) => {
        if (generation === this.generation && answer.status === 200 && !answer.body.includes('"errors"')) {
          this.answers.set(key, { answer, at: Date.now() });
        }
        return answer;
      })
      .finally(() => {
        if (this.pending.get(key) === computing) this.pending.delete(key);
      });
    this.pending.set(key, computing);
    return computing;
  }

  private isCacheableQuery(body: Buffer): boolean {
    const text = body.toString('utf8');
    let verdict = this.verdicts.get(text);
    if (verdict === undefined) {
      verdict = judge(text);
      this.verdicts.set(text, verdict);
    }
    return verdict;
  }
}

/** A JSON GraphQL request whose operation is a query that selects nothing from NEVER_CACHED. */
function judge(text: string): boolean {
  try {
    const { query, operationName } = JSON.parse(text) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return false;
    const ops = parse(query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const op =
      typeof operationName === 'string'
        ? ops.find((o) => o.name?.value === operationName)
        : ops.length === 1
          ? ops[0]
          : undefined;
    if (op === undefined || op.operation !== 'query') return false;
    return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !NEVER_CACHED.has(s.name.value));
  } catch {
    return false;
  }
}
