// Seeding: reference data from cypher/seed/*.cypher and the sample articles, on an empty
// database only when asked through seedIfEmpty.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRows } from '../../server/graph/article-rows.ts';
import { seedIfEmpty, runSeedScripts, seed, articlesDir } from '../../server/graph/seed.ts';
import { writeArticles } from '../../server/graph/write-articles.ts';
import { useTestDb } from '../setup/db.ts';
import { visitEn } from './fixtures.ts';
import { dumpGraph, graphProblems } from './graph-state.ts';

const db = useTestDb();
const query = async (q: string) => (await db.driver.executeQuery(q)).records.map((r) => r.toObject());

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isnad-seed-'));
  await fs.copyFile(path.join(articlesDir, 'ar-2024-06-19-putin-north-korea.txt'), path.join(dir, 'sample.txt'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

// Seeding loads the extractor and compiles the write statements: slow on a busy machine.
describe('seed', { timeout: 120_000 }, () => {
  it('puts every country in, with Arabic and English names and a region, idempotently', async () => {
    await runSeedScripts(db.driver);
    const [row] = await query('MATCH (c:Country) RETURN count(c) AS n, count(c.nameAr) AS ar, count(c.region) AS regions');
    expect(row!.n).toBeGreaterThanOrEqual(249);
    expect(row!.ar).toBe(row!.n);
    expect(row!.regions).toBeGreaterThan(240);
    const [kp] = await query('MATCH (c:Country {id: "country:KP"}) RETURN c.name AS name, c.nameAr AS ar, c.region AS region, c.aliases AS aliases, labels(c) AS labels');
    expect(kp).toMatchObject({ name: 'North Korea', ar: 'كوريا الشمالية', region: 'Asia' });
    expect(kp!.aliases).toContain('DPRK');
    const before = await dumpGraph(db.driver);
    await runSeedScripts(db.driver);
    expect(await dumpGraph(db.driver)).toEqual(before);
  });

  it('keeps seeded countries that no article mentions any more', async () => {
    await runSeedScripts(db.driver);
    await writeArticles(db.driver, [articleRows(visitEn().input, visitEn().doc)]);
    await writeArticles(db.driver, [articleRows(visitEn(true).input, visitEn(true).doc)]);
    expect(await query('MATCH (c:Country) WHERE c.id IN ["country:KP", "country:RU", "country:US"] RETURN c.id AS id ORDER BY id')).toHaveLength(3);
    expect(await graphProblems(db.driver)).toEqual([]);
  });

  it('seeds an empty database once, and leaves a non-empty one alone', async () => {
    const first = await seedIfEmpty(db.driver, { dir });
    expect(first?.scripts).toEqual(['seed/countries']);
    expect(first?.articles).toMatchObject({ read: 1, ingested: 1, failed: 0 });
    const [putin] = await query('MATCH (x:Entity {id: "actor:vladimir-putin"}) RETURN x.articleCount AS n');
    expect(putin).toEqual({ n: 1 });
    expect(await seedIfEmpty(db.driver, { dir })).toBeNull();
    const again = await seed(db.driver, { dir });
    expect(again.articles).toMatchObject({ unchanged: 1, ingested: 0 });
    expect(await graphProblems(db.driver)).toEqual([]);
  });
});
