// No N+1: the Cypher queries one request sends are counted at the driver, and a request for 50
// actors with their countries, claims, events and evidence costs the same handful as one for 5.
// And the answer cache: a repeated query sends none, until a write or the end of its time;
// identical queries asked together send one's worth; an expired answer is served while one
// refresh runs.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { useTestDb } from '../setup/db.ts';
import { data, loadArticles, startApi, type ApiServer, type Json } from './api-server.ts';

const db = useTestDb({ wipe: 'once' });
const dbOpts = () => (db.database ? { database: db.database } : {});
let api: ApiServer;
let sent = 0;
/** A pause before each commit and each auto-commit query (the API's reads): makes a refresh slow
 * enough that askers surely arrive while it runs. */
let delayMs = 0;

/** The test's driver, whose sessions count every statement their transactions run. */
function counting(driver: Driver): Driver {
  const countTx = <T extends { run: ManagedTransaction['run'] }>(tx: T): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            sent += 1;
            return target.run(...args);
          };
        }
        if (prop === 'commit' && delayMs > 0) {
          return async () => {
            await new Promise((r) => setTimeout(r, delayMs));
            return (target as unknown as { commit: () => Promise<void> }).commit();
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const countSession = (session: Session) =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'beginTransaction') {
          return (...args: Parameters<Session['beginTransaction']>) =>
            countTx(target.beginTransaction(...args));
        }
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: object) =>
            target[prop]((tx) => work(countTx(tx)), config);
        }
        if (prop === 'run') {
          return (...args: Parameters<Session['run']>) => {
            sent += 1;
            if (delayMs === 0) return target.run(...args);
            // Awaited like the Result it stands for, which is itself awaited.
            return new Promise((r) => setTimeout(r, delayMs)).then(() => target.run(...args));
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session')
        return (...args: Parameters<Driver['session']>) => countSession(target.session(...args));
      if (prop === 'executeQuery') {
        return (...args: Parameters<Driver['executeQuery']>) => {
          sent += 1;
          return target.executeQuery(...args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

beforeAll(async () => {
  await loadArticles(db);
  api = await startApi(db, {}, counting(db.driver));
}, 240_000);

afterAll(async () => {
  await api?.close();
});

const ACTORS = `query($n: Int) {
  stats {
    topActors(first: $n) {
      id name nameAr
      country { code name nameAr }
      claims(first: 5) { totalCount nodes { text date speaker { name } via { name } about { name } article { title } } }
      events(first: 3) { nodes { label date sources { name } targets { name } place { name } } }
      evidence(first: 2) { nodes { text highlights { start end } article { title url } } }
    }
  }
}`;

async function queriesFor(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ n: number; d: Json }> {
  sent = 0;
  const d = await data(api.url, query, variables);
  return { n: sent, d };
}

describe('queries per request', () => {
  it('50 actors with their countries, claims, events and evidence cost a small constant number', async () => {
    const fifty = await queriesFor(ACTORS, { n: 50 });
    const five = await queriesFor(ACTORS, { n: 5 });
    expect(fifty.d.stats.topActors).toHaveLength(50);
    // The answers did reach into each list (not an empty graph that trivially costs little).
    expect(fifty.d.stats.topActors.filter((a: Json) => a.country).length).toBeGreaterThan(10);
    expect(fifty.d.stats.topActors.some((a: Json) => a.claims.nodes.length > 0)).toBe(true);
    expect(fifty.d.stats.topActors.some((a: Json) => a.events.nodes.length > 0)).toBe(true);
    // top actors; countries + claim, event, evidence lists (one query each); claims' and
    // events' details; the nodes they name; articles: whatever the number of actors.
    expect(fifty.n).toBeLessThanOrEqual(12);
    expect(fifty.n).toBe(five.n);
  });

  it('the explorer gets search, neighbourhood and evidence in one round trip each, of few queries', async () => {
    const search = await queriesFor(
      '{ search(query: "بوتين", first: 10) { nodes { id name nameAr type ... on Actor { country { name } } } } }',
      {},
    );
    expect(search.d.search.nodes[0].id).toBe('actor:vladimir-putin');
    expect(search.n).toBeLessThanOrEqual(2);
    const hood = await queriesFor(
      '{ neighborhood(id: "actor:vladimir-putin", depth: 2) { nodes { data { id label type } } edges { data { id source target sentence } } omitted } }',
      {},
    );
    expect(hood.d.neighborhood.nodes.length).toBeGreaterThan(1);
    // One query per level, one for the elements.
    expect(hood.n).toBeLessThanOrEqual(3);
    const evidence = await queriesFor(
      '{ evidence(id: "actor:vladimir-putin", first: 20) { nodes { text highlights { start end } article { title url publishedAt } } } }',
      {},
    );
    expect(evidence.d.evidence.nodes.length).toBeGreaterThan(0);
    expect(evidence.n).toBeLessThanOrEqual(3);
  });
});

describe('answer cache', { timeout: 120_000 }, () => {
  it('serves a repeated query from memory until a write, or until its time is up', async () => {
    const cached = await startApi(db, { api: { cacheTtlMs: 60_000 } }, counting(db.driver));
    const brief = await startApi(db, { api: { cacheTtlMs: 300, cacheStaleMs: 0 } }, counting(db.driver));
    try {
      const query = '{ search(query: "putin") { nodes { id name } } stats { articles } }';
      const ask = async (url: string) => {
        sent = 0;
        const d = await data(url, query);
        return { n: sent, d };
      };
      const first = await ask(cached.url);
      expect(first.n).toBeGreaterThan(0);
      const again = await ask(cached.url);
      expect(again.n).toBe(0);
      expect(again.d).toEqual(first.d);

      // A write through this server: the next answer is read afresh, and counts the new article.
      const text = fs.readFileSync(
        path.join(repoRoot, 'tests/fixtures/en/articles/en-reuters-pyongyang-putin-kim-2024-06-19.txt'),
        'utf8',
      );
      await data(
        cached.url,
        'mutation($t: String!) { ingestArticle(input: { text: $t, url: "https://example.com/cache" }) { outcome } }',
        { t: text },
      );
      const after = await ask(cached.url);
      expect(after.n).toBeGreaterThan(0);
      expect(after.d.stats.articles).toBe(first.d.stats.articles + 1);

      await ask(brief.url);
      expect((await ask(brief.url)).n).toBe(0);
      await new Promise((r) => setTimeout(r, 400));
      expect((await ask(brief.url)).n).toBeGreaterThan(0);
    } finally {
      await cached.close();
      await brief.close();
    }
  });
  it('asks the database once for identical queries that arrive together', async () => {
    const plain = await startApi(db, {}, counting(db.driver));
    const cached = await startApi(db, { api: { cacheTtlMs: 60_000 } }, counting(db.driver));
    try {
      const query = '{ search(query: "putin") { nodes { id name } } stats { articles actors } }';
      sent = 0;
      const alone = await data(plain.url, query);
      const perRequest = sent;
      expect(perRequest).toBeGreaterThan(0);

      sent = 0;
      const together = await Promise.all(Array.from({ length: 8 }, () => data(cached.url, query)));
      expect(sent).toBe(perRequest);
      for (const answer of together) expect(answer).toEqual(alone);
    } finally {
      await plain.close();
      await cached.close();
    }
  });

  it('serves an expired answer while one refresh of it runs, then the refreshed one', async () => {
    const server = await startApi(db, { api: { cacheTtlMs: 300, cacheStaleMs: 60_000 } }, counting(db.driver));
    const query = '{ stats { articles } }';
    try {
      sent = 0;
      const before = await data(server.url, query);
      const perRequest = sent;
      // A write the server does not see, as by npm run ingest in another process.
      await db.driver.executeQuery("CREATE (:Article {id: 'article:cache-stale-test'})", {}, dbOpts());
      await new Promise((r) => setTimeout(r, 400));

      sent = 0;
      delayMs = 500;
      const expired = await Promise.all(Array.from({ length: 5 }, () => data(server.url, query)));
      for (const answer of expired) expect(answer).toEqual(before);
      let latest = expired[0];
      for (let i = 0; i < 200 && latest.stats.articles === before.stats.articles; i++) {
        await new Promise((r) => setTimeout(r, 25));
        latest = await data(server.url, query);
      }
      expect(latest.stats.articles).toBe(before.stats.articles + 1);
      // One refresh for the five expired askers and the ones that polled.
      expect(sent).toBe(perRequest);
    } finally {
      delayMs = 0;
      await db.driver.executeQuery("MATCH (a:Article {id: 'article:cache-stale-test'}) DELETE a", {}, dbOpts());
      await server.close();
    }
  });
});
