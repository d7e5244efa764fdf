// The API's limits over real HTTP: operations too deep, too wide, too large or too slow are
// refused before they cost the database anything, each with an error that says which limit.
import net from 'node:net';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/graph/driver.ts';
import { LIMITS } from '../../server/http/app.ts';
import { useTestDb } from '../setup/db.ts';
import { gql, loadArticles, startApi, type ApiServer } from './api-server.ts';

const db = useTestDb({ wipe: 'once' });
let api: ApiServer;

beforeAll(async () => {
  await loadArticles(db);
  api = await startApi(db);
}, 240_000);

afterAll(async () => {
  await api?.close();
});

describe('shape of an operation', () => {
  it(`refuses a query nested deeper than ${LIMITS.maxDepth}`, async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `country { actors(first: 1) { nodes { ${selection} } } }`;
    const res = await gql(api.url, `{ node(id: "actor:vladimir-putin") { ... on Actor { ${selection} } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(
      new RegExp(`Query depth limit of ${LIMITS.maxDepth} exceeded, found \\d+`),
    );
  });

  it(`refuses more than ${LIMITS.maxAliases} aliases`, async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { articles }`).join(
      ' ',
    );
    const res = await gql(api.url, `{ ${fields} }`);
    expect(res.errors?.[0]?.message).toMatch(
      new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded, found ${LIMITS.maxAliases + 1}`),
    );
    const fine = await gql(api.url, '{ a: stats { articles } b: stats { claims } c: stats { events } }');
    expect(fine.errors).toBeUndefined();
  });

  it(`refuses an operation of more than ${LIMITS.maxTokens} tokens`, async () => {
    const res = await gql(api.url, `{ stats { ${'articles '.repeat(LIMITS.maxTokens)} } }`);
    expect(res.errors?.[0]?.message).toMatch(/Token limit of \d+ exceeded/);
  });

  it('refuses a page over 100 items, in every list', async () => {
    const cases = [
      '{ search(query: "putin", first: 1000) { nodes { id } } }',
      '{ articles(first: 101) { nodes { id } } }',
      '{ node(id: "actor:vladimir-putin") { ... on Actor { claims(first: 500) { nodes { id } } } } }',
      '{ evidence(id: "actor:vladimir-putin", first: 0) { nodes { id } } }',
    ];
    for (const query of cases) {
      const res = await gql(api.url, query);
      expect(res.errors?.[0]?.message, query).toMatch(
        /^"first" must be between 1 and 100, not (1000|101|500|0)$/,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses nested pages whose product is too large, counting variables and defaults', async () => {
    const query = `query($n: Int) { search(query: "a", first: $n) { nodes { articles(first: 100) { nodes { id } } } } }`;
    const res = await gql(api.url, query, { n: 100 });
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^the query asks for up to 10100 items .* at most 10000/),
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
    const small = await gql(api.url, query, { n: 5 });
    expect(small.errors).toBeUndefined();
  });
});

describe('time and size', () => {
  it('stops a request that runs out of its time budget, and says so', async () => {
    const hurried = await startApi(db, {
      api: { requestBudgetMs: 1, corsOrigins: [], writeToken: undefined },
    });
    try {
      // Three reads one after the other (the speaker, the timeline, the claims): the budget is
      // gone before the last can start.
      const res = await gql(hurried.url, '{ claims(speaker: "actor:vladimir-putin") { nodes { id } } }');
      expect(res.errors?.[0]).toMatchObject({
        message: 'the request took longer than its 1 ms budget: ask for less (smaller pages, a lower depth)',
        extensions: { code: 'TIMEOUT' },
      });
    } finally {
      await hurried.close();
    }
  });

  it('refuses a body over the size limit before reading it', async () => {
    const small = await startApi(db, { api: { maxBodyBytes: 1000, corsOrigins: [], writeToken: undefined } });
    try {
      const res = await fetch(small.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ search(query: "${'x'.repeat(2000)}") { nodes { id } } }` }),
      });
      expect(res.status).toBe(413);
      expect((await res.json()).errors[0].message).toBe('the request body is larger than 1000 bytes');
      // A body that does not say its length is bounded as it is read.
      const chunked = await fetch(small.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([
          JSON.stringify({ query: `{ search(query: "${'x'.repeat(2000)}") { nodes { id } } }` }),
        ]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});

describe('errors', () => {
  it('masks an unexpected error, and keeps what the caller can act on', async () => {
    const schema = makeExecutableSchema({
      typeDefs: 'type Query { boom: String }',
      resolvers: {
        Query: {
          boom: () => {
            throw new Error('secret detail of the server');
          },
        },
      },
    });
    const masked = await startApi(db, { schema });
    try {
      const res = await gql(masked.url, '{ boom }');
      expect(res.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(res)).not.toContain('secret');
    } finally {
      await masked.close();
    }
  });

  it('says the database is unreachable when it is', { timeout: 30_000 }, async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen({ host: '127.0.0.1', port: 0 }, r));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((r) => probe.close(r));
    const driver = createDriver({ ...db.config, uri: `bolt://127.0.0.1:${port}` });
    const down = await startApi(db, {}, driver);
    try {
      const res = await gql(down.url, '{ stats { articles } }');
      expect(res.errors?.[0]).toMatchObject({
        message: 'the database is not reachable at the moment; try again shortly',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    } finally {
      await down.close();
      await driver.close();
    }
  });
});
