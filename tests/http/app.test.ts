// The HTTP server over real HTTP, on the run's Neo4j: /health, the placeholder page, GraphQL.
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/graph/driver.ts';
import { createApp, listen } from '../../server/http/app.ts';
import { useTestDb } from '../setup/db.ts';

const db = useTestDb({ wipe: 'once' });
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = createApp({ driver: db.driver, neo4j: db.config });
  const address = await listen(server, '127.0.0.1', 0);
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe('GET /health', () => {
  it('reports the database reachable, with its version', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      database: { reachable: true, uri: db.config.uri, version: expect.stringMatching(/^5\.\d+\.\d+/) },
    });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 with the reason when the database is down', { timeout: 20_000 }, async () => {
    // A port where nothing listens: taken, then released.
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen({ host: '127.0.0.1', port: 0 }, r));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((r) => probe.close(r));
    const neo4j = { ...db.config, uri: `bolt://127.0.0.1:${port}` };
    const driver = createDriver(neo4j);
    const down = createApp({ driver, neo4j });
    try {
      const address = await listen(down, '127.0.0.1', 0);
      const res = await fetch(`http://127.0.0.1:${address.port}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: 'unavailable',
        database: { reachable: false, version: null, error: expect.any(String) },
      });
    } finally {
      await new Promise((r) => down.close(r));
      await driver.close();
    }
  });
});

describe('GET /', () => {
  it('serves the placeholder page, pointing to the API, when the explorer is not built', async () => {
    const app = createApp({
      driver: db.driver,
      neo4j: db.config,
      clientDir: path.join(os.tmpdir(), 'no-client-build'),
    });
    try {
      const address = await listen(app, '127.0.0.1', 0);
      const res = await fetch(`http://127.0.0.1:${address.port}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('href="/graphql"');
    } finally {
      await new Promise((r) => app.close(r));
    }
  });
});

describe('/graphql', () => {
  const post = (query: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it('answers the health query from the database', async () => {
    const res = await post('{ health { database version } }');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { health: { database: true, version: expect.stringMatching(/^5\./) } },
    });
  });

  it('serves GraphiQL to a browser', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it('reports a malformed query as a GraphQL error', async () => {
    const res = await post('{ health { nope } }');
    const body = await res.json();
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });
});

describe('listen', () => {
  it('says which port is taken', async () => {
    const other = createApp({ driver: db.driver, neo4j: db.config });
    const port = Number(new URL(base).port);
    await expect(listen(other, '127.0.0.1', port)).rejects.toThrow(
      `HTTP port 127.0.0.1:${port} is already in use`,
    );
  });
});
