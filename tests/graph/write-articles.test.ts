// The graph writer on the real Neo4j, with hand-made extraction documents (tests/graph/fixtures.ts).
import { describe, expect, it } from 'vitest';
import { articleRows, type ArticleRows } from '../../server/graph/article-rows.ts';
import { deleteArticle } from '../../server/graph/api-write.ts';
import { loadCypher } from '../../server/graph/cypher.ts';
import { edgeSentences, nodeSentences } from '../../server/graph/provenance.ts';
import { upgradeGraph } from '../../server/graph/upgrade-graph.ts';
import { writeArticles } from '../../server/graph/write-articles.ts';
import { useTestDb } from '../setup/db.ts';
import { fixture, laterVisit, textOnly, visitAr, visitEn, type Fixture } from './fixtures.ts';
import { countGraph, dumpGraph, graphProblems } from './graph-state.ts';

const db = useTestDb();
const rows = (f: Fixture): ArticleRows => articleRows(f.input, f.doc);
const write = (...fs: Fixture[]) => writeArticles(db.driver, fs.map(rows));
const query = async (q: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(q, params)).records.map((r) => r.toObject());

// The first statements of a run compile their query plans: seconds on a busy 2-core machine.
describe('writeArticles', { timeout: 120_000 }, () => {
  it('writes an article once: the same batch again changes no node, edge or property', async () => {
    const first = await write(visitEn(), visitAr(), textOnly());
    expect([...first.values()]).toEqual(['ingested', 'ingested', 'ingested']);
    const before = await dumpGraph(db.driver);
    const counts = await countGraph(db.driver);
    expect(counts.nodes).toBeGreaterThan(20);

    const again = await write(visitEn(), visitAr(), textOnly());
    expect([...again.values()]).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await countGraph(db.driver)).toEqual(counts);
    expect(await dumpGraph(db.driver)).toEqual(before);
    // One at a time, in another order: still nothing changes.
    for (const f of [textOnly(), visitAr(), visitEn()]) expect([...(await write(f)).values()]).toEqual(['unchanged']);
    expect(await dumpGraph(db.driver)).toEqual(before);
    expect(await graphProblems(db.driver)).toEqual([]);
  });

  it('replaces a changed article cleanly: the graph equals a fresh write of the new version', async () => {
    await write(visitEn(), visitAr());
    const kimBefore = await query('MATCH (x:Entity {id: "actor:kim-jong-un"}) RETURN x.id AS id');
    expect(kimBefore).toHaveLength(1);

    const outcome = await write(visitEn(true));
    expect([...outcome.values()]).toEqual(['replaced']);
    expect(await graphProblems(db.driver)).toEqual([]);
    // Kim, Pyongyang, the officials, the treaty event were only in the old version.
    expect(await query('MATCH (x:Entity) WHERE x.id IN ["actor:kim-jong-un", "place:pyongyang", "actor:anonymous-officials"] RETURN x')).toEqual([]);
    expect(await query('MATCH (e:Event {root: "05"}) RETURN e')).toEqual([]);
    const replaced = await dumpGraph(db.driver, ['ingestedAt']);

    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await write(visitEn(true), visitAr());
    expect(await dumpGraph(db.driver, ['ingestedAt'])).toEqual(replaced);

    // And back: the original again restores the original graph.
    await write(visitEn());
    const restored = await dumpGraph(db.driver, ['ingestedAt']);
    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await write(visitEn(), visitAr());
    expect(await dumpGraph(db.driver, ['ingestedAt'])).toEqual(restored);
  });

  it('keeps one node per actor across articles and languages, with counts over all of them', async () => {
    await write(visitEn());
    await write(visitAr());
    const [putin, ...more] = await query(
      'MATCH (x:Entity {id: "actor:vladimir-putin"}) RETURN x.name AS name, x.aliases AS aliases, x.mentionCount AS mentions, x.articleCount AS articles, labels(x) AS labels',
    );
    expect(more).toEqual([]);
    expect(putin).toMatchObject({ name: 'Vladimir Putin', mentions: 4, articles: 2 });
    expect(putin!.aliases).toEqual(expect.arrayContaining(['Putin', 'بوتين', 'فلاديمير بوتين']));
    expect(new Set(putin!.labels as string[])).toEqual(new Set(['Entity', 'Actor']));
    const [aff] = await query(
      'MATCH (:Entity {id: "actor:vladimir-putin"})-[r:AFFILIATED_WITH]->(c:Country) RETURN c.id AS country, count(r) AS edges',
    );
    expect(aff).toEqual({ country: 'country:RU', edges: 2 });
  });

  it('keeps one AFFILIATION per entity and country while an article states it, through re-ingest and deletion', async () => {
    const affiliations = () =>
      query(
        `MATCH (x:Entity)-[:AFFILIATION]->(c) RETURN x.id + ' ' + c.id AS pair,
           COUNT { (x)-[:AFFILIATED_WITH]->(c) } AS articles ORDER BY pair`,
      );
    const putin = (rows: Record<string, unknown>[]) => rows.find((r) => r.pair === 'actor:vladimir-putin country:RU');
    // Two articles, in one batch: one AFFILIATION for their two AFFILIATED_WITH.
    await write(visitEn(), visitAr());
    const both = await affiliations();
    expect(putin(both)).toEqual({ pair: 'actor:vladimir-putin country:RU', articles: 2 });
    expect(both.every((r) => (r.articles as number) > 0)).toBe(true);
    expect(await graphProblems(db.driver)).toEqual([]);
    // Written again, and replaced by a new version: nothing more, nothing less.
    await write(visitEn(), visitAr());
    expect(await affiliations()).toEqual(both);
    await write(visitEn(true));
    expect(await graphProblems(db.driver)).toEqual([]);
    await write(visitEn());
    expect(await affiliations()).toEqual(both);

    const ids = (await query('MATCH (a:Article) RETURN a.id AS id, a.lang AS lang ORDER BY lang')).map((r) => r.id as string);
    expect(ids).toHaveLength(2);
    // Deleting one of the two articles keeps the AFFILIATION; deleting the other removes it.
    await deleteArticle(db.driver, ids[0]!);
    expect(putin(await affiliations())).toEqual({ pair: 'actor:vladimir-putin country:RU', articles: 1 });
    expect(await graphProblems(db.driver)).toEqual([]);
    await deleteArticle(db.driver, ids[1]!);
    expect(await query('MATCH ()-[g:AFFILIATION]->() RETURN count(g) AS n')).toEqual([{ n: 0 }]);
    expect(await graphProblems(db.driver)).toEqual([]);
  });

  it('backfills the AFFILIATION edges of a graph written without them, and nothing else, idempotently', async () => {
    await write(visitEn(), visitAr());
    const written = await dumpGraph(db.driver);
    await query('MATCH ()-[g:AFFILIATION]->() DELETE g');
    expect((await graphProblems(db.driver)).map((p) => p.problem)).toEqual(['affiliation not aggregated once']);
    for (let i = 0; i < 2; i++) {
      await query(loadCypher('admin/backfill-affiliations'));
      expect(await dumpGraph(db.driver)).toEqual(written);
    }
    // opening such a graph upgrades it, once: a current graph is left alone
    await query('MATCH ()-[g:AFFILIATION]->() DELETE g');
    const said: string[] = [];
    await upgradeGraph(db.driver, undefined, (m) => said.push(m));
    expect(await dumpGraph(db.driver)).toEqual(written);
    await upgradeGraph(db.driver, undefined, (m) => said.push(m));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/AFFILIATION edges written/);
  });

  it('merges reports of one event from two articles into one Event, in one batch or two', async () => {
    for (const batches of [[[visitEn(), visitAr()]], [[visitEn()], [visitAr()]], [[visitAr()], [visitEn()]]]) {
      await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
      for (const b of batches) await write(...b);
      await write(laterVisit());
      const events = await query(
        `MATCH (e:Event {root: "04"}) RETURN toString(e.date) AS date, e.reportCount AS reports,
           COUNT { (e)-[:REPORTED_IN]->(:Article) } AS edges,
           [(e)-[:SOURCE]->(x) | x.id] AS sources ORDER BY date`,
      );
      // 19 and 20 June are one visit, reported twice; 26 June is another.
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({ reports: 2, edges: 2 });
      expect(events[0]!.sources).toEqual(['actor:vladimir-putin', 'actor:vladimir-putin']);
      expect(events[1]).toMatchObject({ date: '2024-06-26', reports: 1 });
      expect(await graphProblems(db.driver)).toEqual([]);
    }
  });

  it('merges undated reports only within their own article', async () => {
    await write(textOnly());
    const other = textOnly();
    other.input.text += '\nA third line.';
    other.doc.sentences.push({ index: 2, text: 'A third line.', start: other.input.text.length - 13, end: other.input.text.length, paragraph: 2 });
    await write(other);
    const events = await query('MATCH (e:Event {root: "11"}) RETURN e.reportCount AS reports');
    // Two articles, two sentences each stating the undated event: one Event per article.
    expect(events).toEqual([{ reports: 1 }, { reports: 1 }]);
  });

  it('returns the sentences behind a node and behind an edge', async () => {
    await write(visitEn(), visitAr());
    const putin = await nodeSentences(db.driver, 'actor:vladimir-putin');
    expect(putin.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        'Russian President Vladimir Putin arrived in North Korea on Wednesday.',
        'Putin met Kim Jong Un in Pyongyang and signed a partnership treaty with him.',
        'وصل الرئيس الروسي فلاديمير بوتين إلى كوريا الشمالية في زيارة نادرة.',
      ]),
    );
    for (const s of putin) expect(s.text).toMatch(/Putin|بوتين/u);

    const [visit] = await query('MATCH (e:Event {root: "04"}) RETURN e.id AS id');
    const evidence = await edgeSentences(db.driver, { from: visit!.id as string, type: 'SOURCE', to: 'actor:vladimir-putin' });
    expect(evidence.map((s) => s.text).sort()).toEqual([
      'Russian President Vladimir Putin arrived in North Korea on Wednesday.',
      'وصل الرئيس الروسي فلاديمير بوتين إلى كوريا الشمالية في زيارة نادرة.',
    ]);
    // The isnad: the officials' claim came through the Journal, in the third sentence.
    const [claim] = await query('MATCH (c:Claim)-[:SAID_BY]->(:Entity {id: "actor:anonymous-officials"}) RETURN c.id AS id');
    const via = await edgeSentences(db.driver, { from: claim!.id as string, type: 'VIA', to: 'actor:wall-street-journal' });
    expect(via.map((s) => [s.index, s.text])).toEqual([[2, 'The Wall Street Journal said the visit opens a new era, according to officials.']]);
    // Offsets point into the stored article text.
    const [article] = await query('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: via[0]!.articleId });
    expect((article!.text as string).slice(via[0]!.start, via[0]!.end)).toBe(via[0]!.text);
  });

  it('lets lexicon names win over names detected in text, in either order', async () => {
    const detected = textOnly();
    const curated = fixture({
      lang: 'en',
      publishedAt: '2024-01-02',
      lines: ['Iranian spokesman Ali Rahimi spoke to reporters.'],
      entities: [{ id: 'actor:ali-rahimi', type: 'PERSON', name: 'Ali Al-Rahimi', country: 'IR', role: 'Spokesman', forms: ['Ali Rahimi'] }],
    });
    for (const order of [[detected, curated], [curated, detected]]) {
      await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
      for (const f of order) await write(f);
      const [x] = await query('MATCH (x:Entity {id: "actor:ali-rahimi"}) RETURN x.name AS name, x.known AS known, x.role AS role, x.aliases AS aliases');
      expect(x).toMatchObject({ name: 'Ali Al-Rahimi', known: true, role: 'Spokesman' });
      expect(x!.aliases).toEqual(expect.arrayContaining(['Ali Rahimi', 'Rahimi', 'Ali Al-Rahimi']));
    }
  });

  it('names an entity detected in text by the reading most articles give, across batches and replacements', async () => {
    const report = (n: number, name: string, role: string, country: string, form = name) =>
      fixture({
        lang: 'en',
        publishedAt: `2024-02-0${n}`,
        url: `https://example.org/rahimi-${n}`,
        lines: [`${role} ${form} spoke to reporters on day ${n}.`],
        entities: [{ id: 'actor:ali-rahimi', type: 'PERSON', name, role, country, known: false, forms: [form] }],
      });
    const reading = async () =>
      (await query('MATCH (x:Entity {id: "actor:ali-rahimi"}) RETURN x.name AS name, x.role AS role, x.country AS country'))[0];
    await write(report(1, 'Ali Rahimi', 'Spokesman', 'IR'));
    expect(await reading()).toEqual({ name: 'Ali Rahimi', role: 'Spokesman', country: 'IR' });
    // One article each way: the tie goes to the smaller name.
    await write(report(2, 'Ali Al-Rahimi', 'Adviser', 'IQ'));
    expect(await reading()).toEqual({ name: 'Ali Al-Rahimi', role: 'Adviser', country: 'IQ' });
    await write(report(3, 'Ali Al-Rahimi', 'Spokesman', 'IR'));
    expect(await reading()).toEqual({ name: 'Ali Al-Rahimi', role: 'Spokesman', country: 'IR' });
    // The second article, corrected, takes its reading back and gives another.
    await write(report(2, 'Ali Rahimi', 'Spokesman', 'IR', 'Ali Rahimi'));
    expect(await reading()).toEqual({ name: 'Ali Rahimi', role: 'Spokesman', country: 'IR' });
    expect(await graphProblems(db.driver)).toEqual([]);
    const stepwise = await dumpGraph(db.driver, ['ingestedAt']);
    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await write(report(1, 'Ali Rahimi', 'Spokesman', 'IR'), report(2, 'Ali Rahimi', 'Spokesman', 'IR'), report(3, 'Ali Al-Rahimi', 'Spokesman', 'IR'));
    expect(await dumpGraph(db.driver, ['ingestedAt'])).toEqual(stepwise);
  });

  it('lets concurrent writers of overlapping batches make no duplicate', async () => {
    const batches = [
      [visitEn(), visitAr()],
      [visitAr(), laterVisit(), visitEn()],
      [laterVisit(), textOnly()],
      [textOnly(), visitEn()],
    ];
    await Promise.all(batches.map((b) => write(...b)));
    expect(await graphProblems(db.driver)).toEqual([]);
    const concurrent = await dumpGraph(db.driver, ['ingestedAt'], true);
    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await write(visitEn(), visitAr(), laterVisit(), textOnly());
    expect(await dumpGraph(db.driver, ['ingestedAt'], true)).toEqual(concurrent);
  });
});
