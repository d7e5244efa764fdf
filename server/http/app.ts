// The HTTP server: /health, the GraphQL API at /graphql (schema from server/graphql/), and the
// page at /. Built without listening, so tests and main.ts choose the address.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { buildSchema, type GraphQLContext } from '../graphql/schema.ts';
import { checkHealth } from './health.ts';

export interface AppOptions {
  driver: Driver;
  neo4j: Neo4jConfig;
  schema?: GraphQLSchema;
}

const placeholderPage = fs.readFileSync(new URL('./placeholder.html', import.meta.url));

export function createApp(opts: AppOptions): http.Server {
  const { driver, neo4j } = opts;
  const health = () => checkHealth(driver, neo4j);
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema: opts.schema ?? buildSchema(),
    graphqlEndpoint: '/graphql',
    // /health is ours (it reports the database); yoga's would only say the process is up.
    healthCheckEndpoint: '/yoga-health',
    landingPage: false,
    context: () => ({
      driver,
      database: neo4j.database,
      health: async () => {
        const h = await health();
        return { reachable: h.database.reachable, version: h.database.version };
      },
    }),
  });

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
    if (pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      send(res, 200, 'text/html; charset=utf-8', placeholderPage, req.method === 'HEAD');
      return;
    }
    void yoga(req, res);
  });
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
