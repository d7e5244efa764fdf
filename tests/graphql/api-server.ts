// The API under test: the real HTTP app on the run's Neo4j, listening on a free port, with the
// sample and fixture articles ingested through the ingest pipeline (real extraction).
import type http from 'node:http';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../../server/config.ts';
import { runSeedScripts } from '../../server/graph/seed.ts';
import { createApp, listen, type AppOptions } from '../../server/http/app.ts';
import { ingestPaths } from '../../server/ingest/pipeline.ts';
import type { TestDb } from '../setup/db.ts';

export const ARTICLE_DIRS = [
  path.join(repoRoot, 'data', 'articles'),
  path.join(repoRoot, 'tests', 'fixtures', 'ar', 'articles'),
  path.join(repoRoot, 'tests', 'fixtures', 'en', 'articles'),
];

/** Countries seeded, then every sample and fixture article ingested; fails if any did not go in. */
export async function loadArticles(db: TestDb): Promise<void> {
  await runSeedScripts(db.driver, db.database);
  const summary = await ingestPaths(db.driver, ARTICLE_DIRS, db.database ? { database: db.database } : {});
  if (summary.failed > 0) throw new Error(`fixtures failed to ingest: ${JSON.stringify(summary.failures)}`);
}

export interface ApiServer {
  server: http.Server;
  url: string;
  close: () => Promise<void>;
}

export async function startApi(
  db: TestDb,
  opts: Partial<AppOptions> = {},
  driver: Driver = db.driver,
): Promise<ApiServer> {
  // The environment does not reach the tests' servers: no token, no CORS, and no answer cache
  // (tests that count queries or write and read back want every answer fresh) unless asked.
  const server = createApp({
    driver,
    neo4j: db.config,
    ...opts,
    api: { writeToken: undefined, corsOrigins: [], cacheTtlMs: 0, ...opts.api },
  });
  const address = await listen(server, '127.0.0.1', 0);
  return {
    server,
    url: `http://127.0.0.1:${address.port}/graphql`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

// GraphQL answers are checked by the tests' assertions, not by static types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GraphQLResponse<T = Json> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL request; the parsed answer with its HTTP status. */
export async function gql<T = Json>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** The data of a request that must succeed; its errors otherwise, in the failure message. */
export async function data<T = Json>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await gql<T>(url, query, variables);
  if (res.errors?.length || res.data == null)
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}
