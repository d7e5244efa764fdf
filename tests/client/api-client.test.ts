// The explorer's GraphQL client over real HTTP (a local server per case): the failures an
// analyst must be told apart (down, too slow, HTTP error, query error) and a normal answer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, createClient, parse } from '../../client/src/api/client.ts';

const servers: http.Server[] = [];

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected a failure');
}

describe('GraphQL client', () => {
  it('returns data and sends the query and variables as JSON', async () => {
    let got: unknown = null;
    const endpoint = await serve((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got = JSON.parse(body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { search: { edges: [] } } }));
      });
    });
    const data = await createClient({ endpoint, timeoutMs: 5000 }).request('query Q($q: String!) { x }', {
      q: 'بوتين',
    });
    expect(data).toEqual({ search: { edges: [] } });
    expect(got).toEqual({ query: 'query Q($q: String!) { x }', variables: { q: 'بوتين' } });
  });

  it('says the server cannot be reached when nothing listens', async () => {
    const endpoint = await serve(() => {});
    const closed = servers.pop()!;
    await new Promise((r) => closed.close(r));
    const e = await failure(createClient({ endpoint, timeoutMs: 5000 }).request('{ x }'));
    expect(e.kind).toBe('offline');
    expect(e.message).toMatch(/Cannot reach the Isnad server/);
  });

  it('gives up after the timeout with a message saying so', async () => {
    const endpoint = await serve(() => {
      // Never answers.
    });
    const t0 = Date.now();
    const e = await failure(createClient({ endpoint, timeoutMs: 300 }).request('{ x }'));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/did not answer within/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('tells a cancelled request from a timeout', async () => {
    const endpoint = await serve(() => {});
    const ctl = new AbortController();
    const p = createClient({ endpoint, timeoutMs: 5000 }).request('{ x }', {}, ctl.signal);
    setTimeout(() => ctl.abort(), 50);
    expect((await failure(p)).kind).toBe('aborted');
  });

  it('reports an HTTP error with its status and the start of its body', async () => {
    const endpoint = await serve((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('database unavailable');
    });
    const e = await failure(createClient({ endpoint, timeoutMs: 5000 }).request('{ x }'));
    expect(e).toMatchObject({ kind: 'http', status: 503 });
    expect(e.message).toBe('The server failed (HTTP 503): database unavailable.');
  });

  it('reports GraphQL errors, even with a 200', async () => {
    const endpoint = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/graphql-response+json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'Neo4j is unavailable' }, { message: 'Neo4j is unavailable' }],
          data: null,
        }),
      );
    });
    const e = await failure(createClient({ endpoint, timeoutMs: 5000 }).request('{ x }'));
    expect(e.kind).toBe('graphql');
    expect(e.message).toBe('The server could not answer: Neo4j is unavailable');
  });
});

describe('parse', () => {
  it('refuses an answer that is not GraphQL', () => {
    expect(() => parse(200, 'text/html', '<html>')).toThrow(/not a GraphQL result/);
    expect(() => parse(200, 'application/json', '{"data": null}')).toThrow(ApiError);
    expect(() => parse(400, 'application/json', '{"errors":[{"message":"Syntax Error"}]}')).toThrow(
      /Syntax Error/,
    );
    expect(() => parse(404, 'text/plain', '')).toThrow('The server refused the request (HTTP 404).');
  });
});
