// The HTTP server: /health, the GraphQL API at /graphql (schema from server/graphql/, GraphiQL
// for a browser), and the explorer at / (client/dist when built, else a placeholder page).
// Built without listening, so tests and main.ts choose the address.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { createGraphQLError, createYoga, maskError } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { repoRoot, type Neo4jConfig } from '../config.ts';
import { QueryTimeout } from '../graph/api-reader.ts';
import { isUnavailable } from '../graph/write-articles.ts';
import { createContext } from '../graphql/context.ts';
import { usePageBudget } from '../graphql/page-budget.ts';
import { buildSchema, type GraphQLContext } from '../graphql/schema.ts';
import { AnswerCache, type Answer } from './answer-cache.ts';
import { loadApiConfig, type ApiConfig } from './api-config.ts';
import { checkHealth } from './health.ts';
import { staticFiles } from './static.ts';
import { writeDenied } from './write-access.ts';

export interface AppOptions {
  driver: Driver;
  neo4j: Neo4jConfig;
  schema?: GraphQLSchema;
  /** Defaults to the environment's (server/http/api-config.ts). */
  api?: Partial<ApiConfig>;
  /** The built explorer; defaults to client/dist. */
  clientDir?: string;
}

/** Limits on the shape of an operation, checked before it runs (see README, API). */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 30_000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

const placeholderPage = fs.readFileSync(new URL('./placeholder.html', import.meta.url));

const DEFAULT_QUERY = `# Isnad: actors, countries, events and claims from the news. Try:
{
  search(query: "بوتين", first: 5) {
    nodes { id name nameAr type mentionCount }
  }
  stats { articles actors events claims }
}
`;

export function createApp(opts: AppOptions): http.Server {
  const { driver, neo4j } = opts;
  const api: ApiConfig = { ...loadApiConfig(), ...opts.api };
  const health = () => checkHealth(driver, neo4j);
  const serveClient = staticFiles(opts.clientDir ?? path.join(repoRoot, 'client', 'dist'));
  const cache = api.cacheTtlMs > 0 ? new AnswerCache({ ttlMs: api.cacheTtlMs, staleMs: api.cacheStaleMs }) : null;
  const onWrite = () => cache?.clear();
  const yoga = createYoga<{ req: http.IncomingMessage; res: http.ServerResponse }, GraphQLContext>({
    schema: opts.schema ?? buildSchema(),
    graphqlEndpoint: '/graphql',
    // /health is ours (it reports the database); yoga's would only say the process is up.
    healthCheckEndpoint: '/yoga-health',
    landingPage: false,
    graphiql: { title: 'Isnad GraphQL', defaultQuery: DEFAULT_QUERY },
    cors:
      api.corsOrigins.length === 0
        ? false
        : {
            origin: api.corsOrigins.includes('*') ? '*' : api.corsOrigins,
            methods: ['GET', 'POST'],
            maxAge: 600,
          },
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = rootCause(error);
        if (original instanceof QueryTimeout) {
          return createGraphQLError(`${original.message}: ask for less (smaller pages, a lower depth)`, {
            extensions: { code: 'TIMEOUT' },
            path: (error as GraphQLError).path,
          });
        }
        if (isUnavailable(original)) {
          return createGraphQLError('the database is not reachable at the moment; try again shortly', {
            extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
            path: (error as GraphQLError).path,
          });
        }
        // Anything else unexpected: the caller gets a bare message; yoga logs the whole error.
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        costLimit: { maxCost: LIMITS.maxCost },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives },
      }),
      usePageBudget(),
    ],
    context: ({ req }) =>
      createContext({
        driver,
        database: neo4j.database,
        budgetMs: api.requestBudgetMs,
        writeDenied: writeDenied(req, { token: api.writeToken, allowedOrigins: api.corsOrigins }),
        onWrite,
        health: async () => {
          const h = await health();
          return { reachable: h.database.reachable, version: h.database.version };
        },
      }),
  });

  /**
   * A POST to /graphql: the body read whole within its size limit, then the answer cache's
   * answer when there is a cache (server/http/answer-cache.ts), else yoga's.
   */
  async function postGraphQL(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req, api.maxBodyBytes);
    if (body === null) {
      const message = `the request body is larger than ${api.maxBodyBytes} bytes`;
      res.setHeader('connection', 'close');
      send(res, 413, 'application/json', JSON.stringify({ errors: [{ message }] }));
      return;
    }
    const compute = () => askYoga(req, res, body);
    const answer =
      cache === null
        ? await compute()
        : await cache.answer(
            cache.key(body, {
              accept: req.headers.accept,
              contentType: req.headers['content-type'],
              origin: req.headers.origin,
            }),
            body,
            compute,
          );
    writeAnswer(res, answer.status, answer.headers, answer.body);
  }

  async function askYoga(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<Answer> {
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/graphql'}`, {
      method: 'POST',
      headers,
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) as Uint8Array<ArrayBuffer>,
    });
    const response = await yoga.fetch(request, { req, res });
    return {
      status: response.status,
      headers: [...response.headers.entries()],
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  return http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      void health().then(
        (h) =>
          send(
            res,
            h.status === 'ok' ? 200 : 503,
            'application/json',
            JSON.stringify(h),
            req.method === 'HEAD',
          ),
        (e: unknown) => send(res, 500, 'text/plain', String(e)),
      );
      return;
    }
    if (pathname === '/graphql' && req.method === 'POST') {
      void postGraphQL(req, res).catch((e: unknown) => {
        console.error('[isnad] GraphQL request failed:', e);
        if (!res.headersSent)
          send(res, 500, 'application/json', JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
        else res.destroy();
      });
      return;
    }
    // GraphiQL, GET queries and CORS preflights are yoga's, whether or not the explorer is built.
    if (pathname === '/graphql' || pathname === '/yoga-health') {
      void yoga(req, res, { req, res });
      return;
    }
    if (serveClient(req, res)) return;
    if (pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      send(res, 200, 'text/html; charset=utf-8', placeholderPage, req.method === 'HEAD');
      return;
    }
    void yoga(req, res, { req, res });
  });
}

/** The error a resolver threw, under the GraphQLErrors that wrap it on its way up (told by
 * shape: see server/graphql/errors.ts on graphql's two builds). */
function rootCause(error: unknown): unknown {
  let e = error;
  while (typeof e === 'object' && e !== null && (e as { originalError?: unknown }).originalError != null) {
    e = (e as { originalError: unknown }).originalError;
  }
  return e;
}

/** The request's body, or null once it grows past `max` bytes (the rest is not kept). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length']) > max) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.once('end', () => resolve(size <= max ? Buffer.concat(chunks) : null));
    req.once('error', reject);
  });
}

function writeAnswer(
  res: http.ServerResponse,
  status: number,
  headers: [string, string][],
  body: Buffer,
): void {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of headers) {
    if (k === 'content-length' || k === 'transfer-encoding' || k === 'connection') continue;
    const prev = out[k];
    out[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
  }
  out['content-length'] = String(body.length);
  res.writeHead(status, out);
  res.end(body);
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headOnly = false,
) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(headOnly ? undefined : body);
}

/** Listens and resolves with the bound address; rejects with a clear message if the port is taken. */
export function listen(server: http.Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new Error(`HTTP port ${host}:${port} is already in use: set PORT to a free one`, { cause: e })
          : e,
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}
