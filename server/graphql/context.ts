// What every resolver receives, built once per request by server/http/app.ts.
import type { Driver } from 'neo4j-driver';
import { Reader } from '../graph/api-reader.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface GraphQLContext {
  driver: Driver;
  database: string | undefined;
  health: () => Promise<{ reachable: boolean; version: string | null }>;
  /** Runs this request's reads, within its time budget. */
  reader: Reader;
  loaders: Loaders;
  /** Null when this request may write; otherwise the reason it may not, for the caller. */
  writeDenied: string | null;
  /** Called after a write changed the graph (the HTTP layer drops its cached answers). */
  onWrite: () => void;
}

export interface ContextOptions {
  driver: Driver;
  database: string | undefined;
  health: GraphQLContext['health'];
  budgetMs?: number;
  writeDenied?: string | null;
  onWrite?: () => void;
  onQuery?: (name: string) => void;
}

export function createContext(opts: ContextOptions): GraphQLContext {
  const reader = new Reader({
    driver: opts.driver,
    database: opts.database,
    ...(opts.budgetMs !== undefined ? { budgetMs: opts.budgetMs } : {}),
    ...(opts.onQuery ? { onQuery: opts.onQuery } : {}),
  });
  return {
    driver: opts.driver,
    database: opts.database,
    health: opts.health,
    reader,
    loaders: createLoaders(reader),
    writeDenied: opts.writeDenied ?? null,
    onWrite: opts.onWrite ?? (() => {}),
  };
}
