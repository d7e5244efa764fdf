// Whole HTTP answers to GraphQL queries, kept in memory and served again byte for byte, the
// way a caching proxy would: a repeated search or neighbourhood costs no parsing, no database
// and no JSON encoding. Only successful queries are kept (never mutations, never errors, never
// `health`), keyed by everything that shapes the answer (the body and the Accept, Content-Type
// and Origin headers). A write through this server drops them all; writes by other processes
// (npm run ingest) show once an answer's time is up.
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

export class AnswerCache {
  private readonly answers: LRUCache<string, Answer>;
  /** Whether a request body is a cacheable query, by body: parsing once per distinct text. */
  private readonly verdicts = new LRUCache<string, boolean>({ max: 5_000 });

  constructor(opts: { ttlMs: number; maxBytes?: number }) {
    this.answers = new LRUCache<string, Answer>({
      ttl: opts.ttlMs,
      maxSize: opts.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (a) => a.body.length + 256,
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

  get(key: string): Answer | undefined {
    return this.answers.get(key);
  }

  /** Keeps the answer if it is a successful answer to a query that may be kept. */
  offer(key: string, requestBody: Buffer, answer: Answer): void {
    if (answer.status !== 200 || answer.body.includes('"errors"')) return;
    if (!this.isCacheableQuery(requestBody)) return;
    this.answers.set(key, answer);
  }

  /** Drops every answer (after a write). */
  clear(): void {
    this.answers.clear();
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
