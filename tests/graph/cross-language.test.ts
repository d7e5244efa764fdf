// One graph across languages, end to end on the real Neo4j: the Arabic sample article and an
// English wire report of the same visit (tests/fixtures/en/articles/en-reuters-pyongyang-…) go
// through the whole path (extraction, ingest writer, API reads and search), and the graph must
// hold one node per actor whatever the language, one Event for the agreement both report (two
// REPORTED_IN edges, one per article), and a search that finds an actor by either name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Reader } from '../../server/graph/api-reader.ts';
import { eventReports } from '../../server/graph/api-lists.ts';
import { searchEntities } from '../../server/graph/api-search.ts';
import { ingestArticle } from '../../server/graph/api-write.ts';
import { useTestDb } from '../setup/db.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const AR = read('../../data/articles/ar-2024-06-19-putin-north-korea.txt');
const EN = read('../fixtures/en/articles/en-reuters-pyongyang-putin-kim-2024-06-19.txt');

const db = useTestDb({ wipe: 'once' });
const query = async (q: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(q, params, db.database ? { database: db.database } : {})).records.map((r) => r.toObject());
const reader = () => new Reader({ driver: db.driver, database: db.database });

// The first statements of a run compile their query plans: seconds on a busy 2-core machine.
describe('an Arabic and an English report of the same meeting', { timeout: 180_000 }, () => {
  const ids: { ar?: string; en?: string } = {};

  it('ingest as two articles, in their own languages', async () => {
    const ar = await ingestArticle(db.driver, { text: AR }, { database: db.database });
    const en = await ingestArticle(db.driver, { text: EN }, { database: db.database });
    expect(ar.outcome).toBe('ingested');
    expect(en.outcome).toBe('ingested');
    ids.ar = ar.articleId;
    ids.en = en.articleId;
    const langs = await query('MATCH (a:Article) RETURN a.id AS id, a.lang AS lang ORDER BY lang');
    expect(langs).toEqual([
      { id: ar.articleId, lang: 'ar' },
      { id: en.articleId, lang: 'en' },
    ]);
  });

  it('give one node per actor, mentioned from both articles', async () => {
    for (const id of ['actor:vladimir-putin', 'actor:kim-jong-un', 'country:RU', 'country:KP']) {
      const rows = await query(
        `MATCH (e:Entity {id: $id})
         OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
         RETURN count(DISTINCT e) AS nodes, collect(DISTINCT a.lang) AS langs, e.articleCount AS articleCount`,
        { id },
      );
      expect(rows, id).toHaveLength(1);
      expect(rows[0]!.nodes, id).toBe(1);
      expect([...(rows[0]!.langs as string[])].sort(), id).toEqual(['ar', 'en']);
      expect(rows[0]!.articleCount, id).toBe(2);
    }
    // no second node for Putin under another id: every entity named Putin in either script is this one
    const putins = await query(
      `MATCH (e:Entity) WHERE e.name CONTAINS 'Putin' OR any(x IN e.aliases WHERE x CONTAINS 'بوتين' OR x CONTAINS 'Putin')
       RETURN collect(e.id) AS ids`,
    );
    expect(putins[0]!.ids).toEqual(['actor:vladimir-putin']);
    // both scripts' names are on the one node
    const names = await query('MATCH (e:Actor {id: "actor:vladimir-putin"}) RETURN e.nameEn AS en, e.nameAr AS ar, e.aliases AS aliases');
    expect(names[0]!.en).toBe('Vladimir Putin');
    expect(names[0]!.aliases as string[]).toEqual(expect.arrayContaining(['بوتين', 'Putin']));
  });

  it('give one Event for the agreement, reported in both articles', async () => {
    const rows = await query(
      `MATCH (ev:Event)-[r:REPORTED_IN]->(a:Article)
       WHERE ev.root = '05'
         AND EXISTS { (ev)-[:SOURCE]->(:Entity {id: 'actor:vladimir-putin'}) }
         AND EXISTS { (ev)-[:TARGET]->(:Entity {id: 'actor:kim-jong-un'}) }
       RETURN ev.id AS id, ev.reportCount AS reportCount, toString(ev.date) AS date, collect(DISTINCT a.lang) AS langs`,
    );
    expect(rows).toHaveLength(1);
    const ev = rows[0]!;
    expect(ev.reportCount).toBe(2);
    expect(ev.date).toBe('2024-06-19');
    expect([...(ev.langs as string[])].sort()).toEqual(['ar', 'en']);
    // the evidence of each report is its own article's sentence, in its own language
    const reports = (await eventReports(reader(), [ev.id as string], 10)).get(ev.id as string) ?? [];
    expect(reports.map((r) => r.articleId).sort()).toEqual([ids.ar, ids.en].sort());
    const en = reports.find((r) => r.articleId === ids.en)!;
    const ar = reports.find((r) => r.articleId === ids.ar)!;
    expect(EN.slice(en.start, en.end)).toBe(en.text);
    expect(en.text).toContain('signed');
    expect(AR.slice(ar.start, ar.end)).toBe(ar.text);
    expect(ar.text).toMatch(/وقع/);
  });

  it('gives one Event for the visit too, and the same visit date from both', async () => {
    const rows = await query(
      `MATCH (ev:Event {root: '04'})-[:REPORTED_IN]->(a:Article)
       WHERE EXISTS { (ev)-[:SOURCE]->(:Entity {id: 'actor:vladimir-putin'}) }
         AND EXISTS { (ev)-[:TARGET]->(:Entity {id: 'country:KP'}) }
       RETURN ev.id AS id, ev.reportCount AS n, toString(ev.date) AS date, collect(DISTINCT a.lang) AS langs`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.n).toBe(2);
    expect(rows[0]!.date).toBe('2024-06-19');
    expect([...(rows[0]!.langs as string[])].sort()).toEqual(['ar', 'en']);
  });

  it('finds the actor by either name, in either script', async () => {
    for (const text of ['Putin', 'Vladimir Putin', 'بوتين', 'فلاديمير بوتين']) {
      const hits = await searchEntities(reader(), text, null, { skip: 0, limit: 10 });
      expect(hits[0]?.node.id, text).toBe('actor:vladimir-putin');
    }
    for (const text of ['Kim Jong Un', 'Kim Jong-un', 'كيم جونغ أون']) {
      const hits = await searchEntities(reader(), text, null, { skip: 0, limit: 10 });
      expect(hits.map((h) => h.node.id), text).toContain('actor:kim-jong-un');
    }
  });

  it('re-ingesting either article changes nothing', async () => {
    const before = await query('MATCH (n) RETURN count(n) AS nodes');
    expect((await ingestArticle(db.driver, { text: EN }, { database: db.database })).outcome).toBe('unchanged');
    expect((await ingestArticle(db.driver, { text: AR }, { database: db.database })).outcome).toBe('unchanged');
    expect(await query('MATCH (n) RETURN count(n) AS nodes')).toEqual(before);
  });
});
