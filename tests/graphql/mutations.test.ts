// The mutations over real HTTP on a real Neo4j: ingesting an article through the real
// extractor and writer, deleting it again, the write token and who may write without one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { graphProblems } from '../graph/graph-state.ts';
import { useTestDb } from '../setup/db.ts';
import { data, gql, startApi, type ApiServer, type Json } from './api-server.ts';

const db = useTestDb({ wipe: 'once' });
let api: ApiServer;

const text = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');
const ARABIC = text('data/articles/ar-2024-06-19-putin-north-korea.txt');
const ENGLISH = text('tests/fixtures/en/articles/en-reuters-pyongyang-putin-kim-2024-06-19.txt');

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    outcome
    article { id url source lang publishedAt sentenceCount title }
    entities { id name type }
    events { id code sources { id } targets { id } }
    claims { id text speaker { id } via { id } }
  }
}`;
const DELETE = `mutation($id: ID!) { deleteArticle(id: $id) { id deleted removedEntities removedEvents removedClaims } }`;

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await db.driver.executeQuery(cypher, params);
  return records[0]!.get(0) as number;
}

beforeAll(async () => {
  api = await startApi(db);
});

afterAll(async () => {
  await api?.close();
});

describe('ingestArticle', { timeout: 120_000 }, () => {
  const input = { text: ARABIC, url: 'https://example.com/putin-pyongyang', source: 'إرم نيوز', lang: 'ar' };

  it('extracts and writes an article, and says what it found', async () => {
    const d = await data(api.url, INGEST, { input });
    const r = d.ingestArticle;
    expect(r.outcome).toBe('INGESTED');
    expect(r.article).toMatchObject({ url: input.url, lang: 'ar' });
    expect(r.article.id).toMatch(/^article:[0-9a-f]{16}$/);
    expect(r.article.sentenceCount).toBe(
      await count('MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s) RETURN count(s)', { id: r.article.id }),
    );
    const entityIds = r.entities.map((e: Json) => e.id);
    expect(entityIds).toEqual(
      expect.arrayContaining(['actor:vladimir-putin', 'actor:kim-jong-un', 'country:KP']),
    );
    expect(r.events.length).toBe(
      await count('MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(e)', {
        id: r.article.id,
      }),
    );
    expect(r.claims.length).toBe(
      await count('MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(c)', {
        id: r.article.id,
      }),
    );
    expect(r.events.length + r.claims.length).toBeGreaterThan(0);
    // What it wrote is readable at once.
    const node = await data(api.url, `query($id: ID!) { node(id: $id) { id } }`, { id: r.article.id });
    expect(node.node.id).toBe(r.article.id);
  });

  it('changes nothing when the same article comes again, and replaces it when its text changed', async () => {
    const again = await data(api.url, INGEST, { input });
    expect(again.ingestArticle.outcome).toBe('UNCHANGED');
    const shorter = ARABIC.split('\n').slice(0, -2).join('\n');
    const replaced = await data(api.url, INGEST, { input: { ...input, text: shorter } });
    expect(replaced.ingestArticle.outcome).toBe('REPLACED');
    expect(replaced.ingestArticle.article.id).toBe(again.ingestArticle.article.id);
    expect(await graphProblems(db.driver)).toEqual([]);
  });

  it('says what is wrong with an article it refuses, and writes nothing', async () => {
    const before = await count('MATCH (a:Article) RETURN count(a)');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ text: 'x'.repeat(200_001) }, /text is too long \(200001 characters, at most 200000\)/],
      [{ text: '   \n ' }, /text is empty/],
      [{ text: ENGLISH, publishedAt: 'yesterday' }, /publishedAt is not an ISO 8601 date: "yesterday"/],
      [{ text: ENGLISH, url: 'not a url' }, /url is not a URL: "not a url"/],
      [{ text: '这是一篇关于经济的新闻文章。'.repeat(20) }, /language/i],
    ];
    for (const [bad, message] of cases) {
      const res = await gql(api.url, INGEST, { input: bad });
      expect(res.errors?.[0]?.message, JSON.stringify(bad).slice(0, 60)).toMatch(message);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(before);
  });
});

describe('deleteArticle', { timeout: 120_000 }, () => {
  it('removes an article and what only it supported, and leaves a healthy graph', async () => {
    const kept = await data(api.url, INGEST, {
      input: { text: ENGLISH, url: 'https://example.com/en-pair' },
    });
    const gone = await data(api.url, INGEST, {
      input: { text: ARABIC, url: 'https://example.com/to-delete' },
    });
    const id = gone.ingestArticle.article.id;
    const claims = await count('MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(c)', {
      id,
    });
    const nodesBefore = await count('MATCH (n) RETURN count(n)');

    const d = await data(api.url, DELETE, { id });
    expect(d.deleteArticle).toMatchObject({ id, deleted: true, removedClaims: claims });
    expect(await count('MATCH (a:Article {id: $id}) RETURN count(a)', { id })).toBe(0);
    expect(await count('MATCH ()-[r]->() WHERE r.articleId = $id RETURN count(r)', { id })).toBe(0);
    expect(await count('MATCH (s:Sentence {articleId: $id}) RETURN count(s)', { id })).toBe(0);
    expect(await graphProblems(db.driver)).toEqual([]);
    // Putin is still there: the other articles name him.
    const putin = await data(
      api.url,
      '{ node(id: "actor:vladimir-putin") { id ... on Actor { articleCount } } }',
    );
    expect(putin.node.articleCount).toBe(
      await count('MATCH (:Article)-[:MENTIONS]->(:Entity {id: "actor:vladimir-putin"}) RETURN count(*)'),
    );
    // What went: the article, its sentences, its claims, the entities and events only it had.
    const sentences = gone.ingestArticle.article.sentenceCount;
    expect(nodesBefore - (await count('MATCH (n) RETURN count(n)'))).toBe(
      1 + sentences + claims + d.deleteArticle.removedEntities + d.deleteArticle.removedEvents,
    );
    expect(kept.ingestArticle.outcome).toBe('INGESTED');
  });

  it('answers deleted: false for an article that is not there, and refuses an id of another kind', async () => {
    const d = await data(api.url, DELETE, { id: 'article:0000000000000000' });
    expect(d.deleteArticle).toEqual({
      id: 'article:0000000000000000',
      deleted: false,
      removedEntities: 0,
      removedEvents: 0,
      removedClaims: 0,
    });
    const wrong = await gql(api.url, DELETE, { id: 'actor:vladimir-putin' });
    expect(wrong.errors?.[0]?.message).toBe('"actor:vladimir-putin" is not an article id (article:…)');
  });
});

describe('who may write', { timeout: 120_000 }, () => {
  const TOKEN = 'a-test-token-of-some-length';

  it('needs the token when one is set: none, a wrong one and the right one', async () => {
    const guarded = await startApi(db, { api: { writeToken: TOKEN, corsOrigins: [] } });
    try {
      const input = { text: ENGLISH, url: 'https://example.com/token' };
      const none = await gql(guarded.url, INGEST, { input });
      expect(none.errors?.[0]).toMatchObject({
        message: 'writing needs the write token: send the header "Authorization: Bearer <ISNAD_WRITE_TOKEN>"',
        extensions: { code: 'FORBIDDEN' },
      });
      const wrong = await gql(guarded.url, INGEST, { input }, { authorization: 'Bearer not-the-token' });
      expect(wrong.errors?.[0]?.message).toBe('the write token is wrong');
      expect(await count('MATCH (a:Article {url: $url}) RETURN count(a)', { url: input.url })).toBe(0);
      const right = await gql(guarded.url, INGEST, { input }, { authorization: `Bearer ${TOKEN}` });
      expect(right.errors).toBeUndefined();
      expect(right.data?.ingestArticle.outcome).toBe('INGESTED');
      // Reads need no token.
      const read = await gql(guarded.url, '{ stats { articles } }');
      expect(read.data?.stats.articles).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });

  it('without a token, lets a local client write, but not through a proxy or from a foreign web page', async () => {
    const id = 'article:1111111111111111';
    const local = await gql(api.url, DELETE, { id });
    expect(local.errors).toBeUndefined();
    const proxied = await gql(api.url, DELETE, { id }, { 'x-forwarded-for': '203.0.113.9' });
    expect(proxied.errors?.[0]?.message).toBe('writing through a proxy needs ISNAD_WRITE_TOKEN to be set');
    const page = await gql(api.url, DELETE, { id }, { origin: 'https://evil.example' });
    expect(page.errors?.[0]?.message).toBe(
      'writing from a web page of https://evil.example is not allowed (see ISNAD_CORS_ORIGINS)',
    );
    const own = new URL(api.url);
    const ownPage = await gql(api.url, DELETE, { id }, { origin: `${own.protocol}//${own.host}` });
    expect(ownPage.errors).toBeUndefined();
  });

  // A client on another machine: reached through this machine's own non-loopback address,
  // which the server sees as a remote peer.
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  it.skipIf(external === undefined)('without a token, refuses a client that is not on loopback', async () => {
    const { createApp, listen } = await import('../../server/http/app.ts');
    const server = createApp({
      driver: db.driver,
      neo4j: db.config,
      api: { writeToken: undefined, corsOrigins: [] },
    });
    const address = await listen(server, '0.0.0.0', 0);
    try {
      const url = `http://${external}:${address.port}/graphql`;
      const res = await gql(url, DELETE, { id: 'article:1111111111111111' });
      expect(res.errors?.[0]?.message).toBe(
        'writing is allowed only from this machine while ISNAD_WRITE_TOKEN is not set',
      );
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
