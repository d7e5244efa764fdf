// Every query of the API over real HTTP, on a real Neo4j holding the sample and fixture articles
// (Arabic and English) as the ingest pipeline wrote them. Answers are checked for their shape
// and against the graph itself, read with test Cypher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../setup/db.ts';
import { data, gql, loadArticles, startApi, type ApiServer, type Json } from './api-server.ts';

const db = useTestDb({ wipe: 'once' });
let api: ApiServer;

beforeAll(async () => {
  await loadArticles(db);
  api = await startApi(db);
}, 240_000);

afterAll(async () => {
  await api?.close();
});

/** One value read straight from the graph, to compare an answer with. */
async function graph<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const { records } = await db.driver.executeQuery(cypher, params);
  return records[0]!.get(0) as T;
}

const PUTIN = 'actor:vladimir-putin';
const KIM = 'actor:kim-jong-un';

describe('node and nodes', () => {
  it('returns an actor with its names in both languages, country and counts', async () => {
    const d = await data(
      api.url,
      `query($id: ID!) { node(id: $id) { id __typename ... on Actor { type name nameAr nameEn aliases known mentionCount articleCount role country { id code name nameAr } } } }`,
      { id: PUTIN },
    );
    expect(d.node).toMatchObject({
      id: PUTIN,
      __typename: 'Actor',
      type: 'PERSON',
      name: 'Vladimir Putin',
      known: true,
    });
    expect(d.node.nameAr).toMatch(/بوتين/);
    expect(d.node.aliases).toEqual(expect.arrayContaining(['بوتين']));
    expect(d.node.country).toMatchObject({ id: 'country:RU', code: 'RU' });
    expect(d.node.mentionCount).toBe(
      await graph('MATCH (x:Entity {id: $id}) RETURN x.mentionCount', { id: PUTIN }),
    );
    // Putin is in the Arabic sample and in its English pair: one node for both.
    expect(d.node.articleCount).toBeGreaterThanOrEqual(2);
  });

  it('answers null for an id no node has, and keeps the order of nodes(ids)', async () => {
    const d = await data(
      api.url,
      `{ node(id: "actor:nobody-at-all") { id } nodes(ids: ["${KIM}", "actor:nobody", "country:KP"]) { id } }`,
    );
    expect(d.node).toBeNull();
    expect(d.nodes).toEqual([{ id: KIM }, null, { id: 'country:KP' }]);
  });

  it('refuses more than 100 ids at once', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `actor:x${i}`);
    const res = await gql(api.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(res.errors?.[0]).toMatchObject({
      message: '"ids" holds 101 ids, at most 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('search', () => {
  const SEARCH = `query($q: String!, $types: [EntityType!], $first: Int, $after: String) {
    search(query: $q, types: $types, first: $first, after: $after) {
      edges { cursor score node { id name type } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('finds an actor by its Arabic name, its English name and the start of a word', async () => {
    for (const q of ['بوتين', 'فلاديمير بوتين', 'Putin', 'vladimir put']) {
      const d = await data(api.url, SEARCH, { q });
      expect(d.search.edges[0]?.node.id, q).toBe(PUTIN);
      expect(d.search.edges[0].score).toBeGreaterThan(0);
    }
  });

  it('folds Arabic letter forms (hamza, alef) as the index does', async () => {
    // The lexicon writes «كيم جونغ أون»; users type it without the hamza.
    const d = await data(api.url, SEARCH, { q: 'كيم جونغ اون' });
    expect(d.search.edges.map((e: Json) => e.node.id)).toContain(KIM);
  });

  it('filters by type and pages with cursors without repeating a result', async () => {
    const countries = await data(api.url, SEARCH, { q: 'korea', types: ['COUNTRY'] });
    expect(countries.search.edges.length).toBeGreaterThan(0);
    for (const e of countries.search.edges) expect(e.node.type).toBe('COUNTRY');

    const first = await data(api.url, SEARCH, { q: 'a', first: 3 });
    expect(first.search.edges).toHaveLength(3);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    const next = await data(api.url, SEARCH, { q: 'a', first: 3, after: first.search.pageInfo.endCursor });
    const seen = new Set(first.search.edges.map((e: Json) => e.node.id));
    for (const e of next.search.edges) expect(seen.has(e.node.id)).toBe(false);
  });

  it('says what is wrong with a query text or a cursor', async () => {
    const long = await gql(api.url, SEARCH, { q: 'x'.repeat(300) });
    expect(long.errors?.[0]?.message).toMatch(/search text is too long \(300 characters, at most 256\)/);
    const cursor = await gql(api.url, SEARCH, { q: 'putin', after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.message).toMatch(/"after" is not a cursor from this API/);
    // Lucene syntax is text, not query syntax.
    const syntax = await data(api.url, SEARCH, { q: 'putin) OR (*:*' });
    expect(syntax.search.edges.length).toBeLessThanOrEqual(1);
  });
});

describe('articles', () => {
  const ARTICLES = `query($filter: ArticleFilter, $first: Int, $after: String) {
    articles(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id lang source title publishedAt publishedDate sentenceCount url }
    }
  }`;

  it('lists every article newest first, and pages through them all', async () => {
    const total = await graph<number>('MATCH (a:Article) RETURN count(a)');
    const ids: string[] = [];
    let after: string | null = null;
    let dates: (string | null)[] = [];
    for (;;) {
      const d: Json = await data(api.url, ARTICLES, { first: 7, after });
      expect(d.articles.totalCount).toBe(total);
      ids.push(...d.articles.nodes.map((n: Json) => n.id));
      dates = [...dates, ...d.articles.nodes.map((n: Json) => n.publishedDate)];
      if (!d.articles.pageInfo.hasNextPage) break;
      after = d.articles.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('filters by language, source and dates', async () => {
    const en = await data(api.url, ARTICLES, { filter: { lang: 'en' }, first: 100 });
    expect(en.articles.totalCount).toBe(await graph('MATCH (a:Article {lang: "en"}) RETURN count(a)'));
    for (const a of en.articles.nodes) expect(a.lang).toBe('en');

    const june = await data(api.url, ARTICLES, {
      filter: { from: '2024-06-01', to: '2024-06-30' },
      first: 100,
    });
    expect(june.articles.totalCount).toBeGreaterThan(0);
    for (const a of june.articles.nodes)
      expect(a.publishedDate >= '2024-06-01' && a.publishedDate <= '2024-06-30').toBe(true);

    const source = await graph<string>(
      'MATCH (a:Article) WHERE a.source IS NOT NULL RETURN a.source LIMIT 1',
    );
    const bySource = await data(api.url, ARTICLES, { filter: { source } });
    expect(bySource.articles.nodes.length).toBeGreaterThan(0);
    for (const a of bySource.articles.nodes) expect(a.source).toBe(source);
  });

  it('refuses a date that is not a day, or a range that ends before it starts', async () => {
    const bad = await gql(api.url, ARTICLES, { filter: { from: '2024-02-30' } });
    expect(bad.errors?.[0]?.message).toMatch(/Date 2024-02-30 does not exist/);
    const words = await gql(api.url, ARTICLES, { filter: { from: 'last week' } });
    expect(words.errors?.[0]?.message).toMatch(/Date must be a day written YYYY-MM-DD, not "last week"/);
    const reversed = await gql(api.url, ARTICLES, { filter: { from: '2024-07-01', to: '2024-06-01' } });
    expect(reversed.errors?.[0]?.message).toBe('"from" (2024-07-01) is after "to" (2024-06-01)');
  });

  it('gives an article with its text, entities, events, claims and sentences', async () => {
    const id = await graph<string>(
      'MATCH (a:Article) WHERE a.url IS NULL AND a.lang = "ar" RETURN a.id ORDER BY a.sentenceCount DESC LIMIT 1',
    );
    const d = await data(
      api.url,
      `query($id: ID!) { node(id: $id) { ... on Article {
        id text sentenceCount
        entities(first: 50) { totalCount edges { count node { id name } } }
        events(first: 50) { totalCount nodes { id code } }
        claims(first: 50) { totalCount nodes { id text } }
        evidence(first: 3) { nodes { index text start end highlights { start end text nodeId } } }
      } } }`,
      { id },
    );
    const a = d.node;
    expect(a.text.length).toBeGreaterThan(100);
    expect(a.entities.totalCount).toBe(
      await graph('MATCH (:Article {id: $id})-[:MENTIONS]->(x:Entity) RETURN count(x)', { id }),
    );
    expect(a.events.totalCount).toBe(
      await graph('MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(e)', { id }),
    );
    expect(a.claims.totalCount).toBe(
      await graph('MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(c)', { id }),
    );
    const counts = a.entities.edges.map((e: Json) => e.count);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
    // Sentences in order; their offsets point into the text, and highlights into the sentence.
    expect(a.evidence.nodes.map((s: Json) => s.index)).toEqual([0, 1, 2]);
    for (const s of a.evidence.nodes) {
      expect(a.text.slice(s.start, s.end)).toBe(s.text);
      for (const h of s.highlights) expect(s.text.slice(h.start, h.end)).toBe(h.text);
    }
  });
});

describe('claims and events as timelines', () => {
  it('lists the claims of a speaker oldest first, with speaker, ordered chain, subjects and article', async () => {
    const speaker = await graph<string>(
      'MATCH (c:Claim)-[:SAID_BY]->(x:Entity) WITH x, count(DISTINCT c) AS n ORDER BY n DESC, x.id LIMIT 1 RETURN x.id',
    );
    const d = await data(
      api.url,
      `query($s: ID!) { claims(speaker: $s, first: 100) {
        totalCount
        nodes { id text stance verb date start end rule confidence
          speaker { id } via { id } about { id } article { id text }
          sentence { text highlights { start end text nodeId } } }
      } }`,
      { s: speaker },
    );
    expect(d.claims.totalCount).toBe(
      await graph('MATCH (c:Claim)-[:SAID_BY]->(:Entity {id: $id}) RETURN count(DISTINCT c)', {
        id: speaker,
      }),
    );
    const dates = d.claims.nodes.map((c: Json) => c.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    for (const c of d.claims.nodes) {
      expect(c.speaker.id).toBe(speaker);
      // The claim's offsets point at its words in the article; the sentence highlights them.
      expect(c.article.text.slice(c.start, c.end).length).toBe(c.end - c.start);
      expect(c.sentence.highlights.some((h: Json) => h.nodeId === c.id)).toBe(true);
      const expectedVia = await graph<string[]>(
        'MATCH (:Claim {id: $id})-[v:VIA]->(x) WITH x, v ORDER BY v.order RETURN collect(x.id)',
        { id: c.id },
      );
      expect(c.via.map((v: Json) => v.id)).toEqual(expectedVia);
    }
  });

  it('finds claims with a chain of attribution by a link in it', async () => {
    const via = await graph<string | null>('MATCH (:Claim)-[:VIA]->(x) RETURN x.id LIMIT 1');
    expect(via, 'the fixtures hold at least one quoted claim').not.toBeNull();
    const d = await data(api.url, `query($v: ID!) { claims(via: $v) { totalCount nodes { via { id } } } }`, {
      v: via,
    });
    expect(d.claims.totalCount).toBeGreaterThan(0);
    for (const c of d.claims.nodes) expect(c.via.map((v: Json) => v.id)).toContain(via);
  });

  it('lists the events of a participant by CAMEO prefix and dates, oldest first', async () => {
    const d = await data(
      api.url,
      `query($p: ID!) { events(participant: $p, first: 100) { totalCount nodes { id code rootCode label quadClass quadClassName date mode reportCount sources { id } targets { id } place { id } } } }`,
      { p: PUTIN },
    );
    expect(d.events.totalCount).toBe(
      await graph('MATCH (e:Event)-[:SOURCE|TARGET|AT]->(:Entity {id: $id}) RETURN count(DISTINCT e)', {
        id: PUTIN,
      }),
    );
    expect(d.events.totalCount).toBeGreaterThan(0);
    for (const e of d.events.nodes) {
      expect([...e.sources, ...e.targets, e.place].filter(Boolean).map((x: Json) => x.id)).toContain(PUTIN);
      expect(e.rootCode).toBe(e.code.slice(0, 2));
      expect(e.quadClassName).toBe(
        ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT'][
          e.quadClass - 1
        ],
      );
    }
    const code = d.events.nodes[0].code.slice(0, 2);
    const byCode = await data(
      api.url,
      `query($c: String) { events(code: $c, from: "2024-01-01", to: "2024-12-31", first: 100) { nodes { code date } } }`,
      { c: code },
    );
    expect(byCode.events.nodes.length).toBeGreaterThan(0);
    for (const e of byCode.events.nodes) {
      expect(e.code.startsWith(code)).toBe(true);
      expect(e.date >= '2024-01-01' && e.date <= '2024-12-31').toBe(true);
    }
  });

  it('says which entity it does not know, and which code is not CAMEO', async () => {
    const unknown = await gql(api.url, '{ claims(speaker: "actor:nobody") { totalCount } }');
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'no entity has the id "actor:nobody"',
      extensions: { code: 'NOT_FOUND' },
    });
    const code = await gql(api.url, '{ events(code: "04x") { totalCount } }');
    expect(code.errors?.[0]?.message).toMatch(/"code" must be a CAMEO code or prefix of 1 to 4 digits/);
  });
});

describe('neighborhood', () => {
  const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $types: [GraphNodeType!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
      center truncated omitted omittedEdges
      nodes { data { id label type entityType nameAr nameEn country mentionCount code quadClass date stance distance hidden } }
      edges { data { id source target label type rule confidence articleId sentence sentenceIndex order count } }
    }
  }`;

  it('gives Cytoscape elements around an actor: nodes with data, edges between them with provenance', async () => {
    const d = await data(api.url, NEIGHBORHOOD, { id: PUTIN, depth: 2 });
    const n = d.neighborhood;
    expect(n.center).toBe(PUTIN);
    expect(n.nodes[0].data).toMatchObject({ id: PUTIN, type: 'ACTOR', distance: 0, label: 'Vladimir Putin' });
    const ids = new Set(n.nodes.map((x: Json) => x.data.id));
    expect(ids.size).toBe(n.nodes.length);
    // Kim is two hops away, through an event or a claim.
    expect(ids.has(KIM)).toBe(true);
    for (const { data: e } of n.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.id).toBe(`${e.source}|${e.type}|${e.target}`);
      expect(e.rule).toEqual(expect.any(String));
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.count).toBeGreaterThanOrEqual(1);
      // The sentence of an edge is the one its provenance names.
      if (e.type !== 'AFFILIATED_WITH' || e.sentenceIndex !== null) {
        expect(e.sentence).toBe(
          await graph('MATCH (s:Sentence {id: $sid}) RETURN s.text', {
            sid: `${e.articleId}#${e.sentenceIndex}`,
          }),
        );
      }
    }
    // Every node but the centre is reached by an edge.
    const touched = new Set(n.edges.flatMap((e: Json) => [e.data.source, e.data.target]));
    for (const { data: x } of n.nodes.slice(1)) expect(touched.has(x.id)).toBe(true);
    const events = n.nodes.filter((x: Json) => x.data.type === 'EVENT');
    expect(events.length).toBeGreaterThan(0);
    for (const { data: e } of events) expect(e.code).toMatch(/^\d{2,4}$/);
  });

  it('keeps within the limit and says how much it left out', async () => {
    const full = await data(api.url, NEIGHBORHOOD, { id: PUTIN, depth: 2, limit: 500 });
    const small = await data(api.url, NEIGHBORHOOD, { id: PUTIN, depth: 2, limit: 4 });
    expect(full.neighborhood.nodes.length).toBeGreaterThan(4);
    expect(small.neighborhood.nodes).toHaveLength(4);
    expect(small.neighborhood.truncated).toBe(true);
    expect(small.neighborhood.omitted).toBeGreaterThan(0);
    // What is hidden around a node is what its relationships hold beyond the edges shown.
    const total = small.neighborhood.nodes.reduce((s: number, x: Json) => s + x.data.hidden, 0);
    expect(small.neighborhood.omittedEdges).toBe(total);
  });

  it('follows only the kinds asked for', async () => {
    const d = await data(api.url, NEIGHBORHOOD, { id: PUTIN, depth: 2, types: ['EVENT', 'ACTOR'] });
    for (const { data: x } of d.neighborhood.nodes) expect(['ACTOR', 'EVENT']).toContain(x.type);
    for (const { data: e } of d.neighborhood.edges) expect(['SOURCE', 'TARGET']).toContain(e.type);
  });

  it('starts from an event or an article too', async () => {
    const event = await graph<string>('MATCH (e:Event)-[:SOURCE]->(:Entity {id: $id}) RETURN e.id LIMIT 1', {
      id: PUTIN,
    });
    const d = await data(api.url, NEIGHBORHOOD, { id: event, depth: 1 });
    expect(d.neighborhood.nodes[0].data).toMatchObject({ id: event, type: 'EVENT' });
    expect(d.neighborhood.nodes.map((x: Json) => x.data.id)).toContain(PUTIN);
    const article = await graph<string>('MATCH (e:Event {id: $id})-[:REPORTED_IN]->(a) RETURN a.id LIMIT 1', {
      id: event,
    });
    const a = await data(api.url, NEIGHBORHOOD, { id: article, depth: 1 });
    expect(a.neighborhood.nodes[0].data).toMatchObject({ id: article, type: 'ARTICLE' });
    expect(a.neighborhood.nodes.map((x: Json) => x.data.id)).toContain(event);
  });

  it('refuses an unknown centre, a depth over 3 and a limit over 500', async () => {
    const unknown = await gql(api.url, NEIGHBORHOOD, { id: 'actor:nobody' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'no node has the id "actor:nobody"',
      extensions: { code: 'NOT_FOUND' },
    });
    const deep = await gql(api.url, NEIGHBORHOOD, { id: PUTIN, depth: 4 });
    expect(deep.errors?.[0]?.message).toBe('"depth" must be between 1 and 3, not 4');
    const big = await gql(api.url, NEIGHBORHOOD, { id: PUTIN, limit: 501 });
    expect(big.errors?.[0]?.message).toBe('"limit" must be between 1 and 500, not 501');
  });
});

describe('paths', () => {
  const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength) {
      length
      paths { length nodes { data { id type distance } } edges { data { id source target type } } }
    }
  }`;

  it('finds the shortest paths between two actors, as elements in order', async () => {
    const d = await data(api.url, PATHS, { from: PUTIN, to: KIM });
    expect(d.paths.length).toBe(2);
    expect(d.paths.paths.length).toBeGreaterThan(0);
    for (const p of d.paths.paths) {
      expect(p.length).toBe(2);
      expect(p.nodes.map((n: Json) => n.data.id)[0]).toBe(PUTIN);
      expect(p.nodes.at(-1).data.id).toBe(KIM);
      expect(p.nodes.map((n: Json) => n.data.distance)).toEqual([0, 1, 2]);
      // Each edge joins consecutive nodes, in either direction.
      p.edges.forEach((e: Json, i: number) => {
        const pair = [p.nodes[i].data.id, p.nodes[i + 1].data.id].sort();
        expect([e.data.source, e.data.target].sort()).toEqual(pair);
      });
    }
  });

  it('goes through an affiliation once however many articles state it, shown as one of them', async () => {
    const articles = await graph<number>(
      'MATCH (:Entity {id: $id})-[r:AFFILIATED_WITH]->(:Country {code: "RU"}) RETURN count(r)',
      { id: PUTIN },
    );
    expect(articles).toBeGreaterThan(1);
    const d = await data(
      api.url,
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) {
        length paths { edges { data { id source target type rule count articleId sentence } } }
      } }`,
      { from: PUTIN, to: 'country:RU' },
    );
    expect(d.paths.length).toBe(1);
    expect(d.paths.paths).toHaveLength(1);
    const [{ data: step }] = d.paths.paths[0].edges;
    expect(step).toMatchObject({
      id: `${PUTIN}|AFFILIATED_WITH|country:RU`,
      source: PUTIN,
      target: 'country:RU',
      type: 'AFFILIATED_WITH',
      rule: expect.any(String),
      count: articles,
    });
    expect(step.sentence).toMatch(/Putin|بوتين/u);
  });

  it('gives each step its provenance and sentence, and each node what it has beyond the paths', async () => {
    const d = await data(
      api.url,
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) {
        paths { nodes { data { id label type hidden } } edges { data { id source target type rule count articleId sentenceIndex sentence } } }
      } }`,
      { from: PUTIN, to: KIM },
    );
    const edges = new Map<string, Json>();
    for (const p of d.paths.paths) {
      for (const { data: x } of p.nodes) expect(x.label).not.toBe('');
      for (const { data: e } of p.edges) {
        edges.set(e.id, e);
        expect(e.rule).toEqual(expect.any(String));
        expect(e.count).toBeGreaterThanOrEqual(1);
        expect(e.sentence).toBe(
          await graph('MATCH (s:Sentence {id: $sid}) RETURN s.text', { sid: `${e.articleId}#${e.sentenceIndex}` }),
        );
      }
    }
    // What the paths leave out of Putin's relationships of the kinds drawn.
    const shown = [...edges.values()]
      .filter((e) => e.source === PUTIN || e.target === PUTIN)
      .reduce((n, e) => n + e.count, 0);
    const all = await graph<number>(
      'MATCH (x:Entity {id: $id}) RETURN COUNT { (x)-[:SOURCE|TARGET|AT|SAID_BY|VIA|ABOUT|AFFILIATED_WITH]-() }',
      { id: PUTIN },
    );
    expect(d.paths.paths[0].nodes[0].data).toMatchObject({ id: PUTIN, hidden: all - shown });
  });

  it('finds none shorter than maxLength, and names an unknown end', async () => {
    const d = await data(api.url, PATHS, { from: PUTIN, to: KIM, maxLength: 1 });
    expect(d.paths).toEqual({ length: null, paths: [] });
    const unknown = await gql(api.url, PATHS, { from: PUTIN, to: 'actor:nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('evidence', () => {
  it('gives the sentences an entity came from, newest first, its mentions highlighted', async () => {
    const d = await data(
      api.url,
      `query($id: ID!) { evidence(id: $id, first: 100) { edges { cursor node { id text index start end rule confidence relations articleId article { id publishedAt title url } highlights { start end text nodeId } } } pageInfo { hasNextPage } } }`,
      { id: KIM },
    );
    const items = d.evidence.edges.map((e: Json) => e.node);
    expect(items.length).toBe(
      await graph('MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: $id}) RETURN count(DISTINCT s)', {
        id: KIM,
      }),
    );
    for (const s of items) {
      expect(s.id).toBe(`${s.articleId}#${s.index}`);
      expect(s.article.id).toBe(s.articleId);
      expect(s.highlights.length).toBeGreaterThan(0);
      for (const h of s.highlights) {
        expect(h.nodeId).toBe(KIM);
        expect(s.text.slice(h.start, h.end)).toBe(h.text);
      }
    }
    const dates = items.map((s: Json) => s.article.publishedAt).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives the same sentences a page at a time, by either way of finding an entity\'s newest articles', async () => {
    // A first page of one makes the country in most of the articles walk them newest first down
    // the date index (cypher/api/evidence-entity.cypher); later pages and a page of 100 sort all
    // of its articles.
    const id = await graph<string>('MATCH (x:Country) RETURN x.id ORDER BY x.articleCount DESC, x.id LIMIT 1');
    const QUERY = `query($id: ID!, $first: Int, $after: String) {
      evidence(id: $id, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    }`;
    const all = await data(api.url, QUERY, { id, first: 100 });
    const whole = all.evidence.edges.map((e: Json) => e.node.id);
    expect(whole.length).toBeGreaterThan(3);
    // (the page of 100 may not be all of them: compare as many)
    const paged: string[] = [];
    let after: string | null = null;
    while (paged.length < whole.length) {
      const page: Json = await data(api.url, QUERY, { id, first: 1, after });
      paged.push(...page.evidence.edges.map((e: Json) => e.node.id));
      if (!page.evidence.pageInfo.hasNextPage) break;
      after = page.evidence.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });

  it('gives the sentences of an edge from the neighborhood, and of a sentence id', async () => {
    const n = await data(
      api.url,
      `{ neighborhood(id: "${PUTIN}", depth: 1) { edges { data { id type count sentence } } } }`,
    );
    const edge = n.neighborhood.edges.find((e: Json) => e.data.type === 'SOURCE') ?? n.neighborhood.edges[0];
    const d = await data(
      api.url,
      `query($id: ID!) { evidence(id: $id) { nodes { id text relations highlights { nodeId } } } }`,
      { id: edge.data.id },
    );
    expect(d.evidence.nodes.length).toBe(edge.data.count);
    expect(d.evidence.nodes.map((s: Json) => s.text)).toContain(edge.data.sentence);
    for (const s of d.evidence.nodes) expect(s.relations).toEqual([edge.data.type]);
    const sid = d.evidence.nodes[0].id;
    const s = await data(api.url, `query($id: ID!) { evidence(id: $id) { nodes { id text } } }`, { id: sid });
    expect(s.evidence.nodes).toEqual([{ id: sid, text: d.evidence.nodes[0].text }]);
  });

  it('is on every node: event, claim, country', async () => {
    const event = await graph<string>(
      'MATCH (e:Event) RETURN e.id ORDER BY e.reportCount DESC, e.id LIMIT 1',
    );
    const claim = await graph<string>('MATCH (c:Claim)-[:SAID_BY]->() RETURN c.id ORDER BY c.id LIMIT 1');
    const d = await data(
      api.url,
      `query($e: ID!, $c: ID!) {
        e: node(id: $e) { ... on Event { reportCount evidence(first: 10) { nodes { text relations highlights { nodeId text } } } } }
        c: node(id: $c) { ... on Claim { text evidence { nodes { text highlights { nodeId text } } } } }
        k: node(id: "country:KP") { ... on Country { evidence(first: 1) { nodes { text } pageInfo { hasNextPage } } } }
      }`,
      { e: event, c: claim },
    );
    expect(d.e.evidence.nodes).toHaveLength(d.e.reportCount);
    for (const s of d.e.evidence.nodes) expect(s.highlights.map((h: Json) => h.nodeId)).toContain(event);
    expect(d.c.evidence.nodes.length).toBeGreaterThan(0);
    expect(d.c.evidence.nodes[0].highlights.find((h: Json) => h.nodeId === claim)?.text).toBe(d.c.text);
    expect(d.k.evidence.nodes).toHaveLength(1);
    expect(d.k.evidence.pageInfo.hasNextPage).toBe(true);
  });

  it('names an id it cannot find', async () => {
    for (const id of ['actor:nobody', 'article:0000000000000000#3', `${PUTIN}|MEETS|${KIM}`]) {
      const res = await gql(api.url, `query($id: ID!) { evidence(id: $id) { nodes { id } } }`, { id });
      expect(res.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
    }
  });
});

describe('stats', () => {
  it('counts by type as the graph does, and lists the most mentioned actors', async () => {
    const d = await data(
      api.url,
      `{ stats { articles sentences actors countries countriesMentioned places events claims
        entitiesByType { key count } articlesByLang { key count } eventsByQuadClass { key count }
        topActors(first: 5) { id mentionCount } } }`,
    );
    const s = d.stats;
    expect(s.articles).toBe(await graph('MATCH (a:Article) RETURN count(a)'));
    expect(s.events).toBe(await graph('MATCH (e:Event) RETURN count(e)'));
    expect(s.claims).toBe(await graph('MATCH (c:Claim) RETURN count(c)'));
    expect(s.countries).toBeGreaterThanOrEqual(240);
    expect(s.articlesByLang.map((x: Json) => x.key).sort()).toEqual(['ar', 'en']);
    expect(s.entitiesByType.reduce((n: number, x: Json) => n + x.count, 0)).toBe(
      s.actors + s.countries + s.places,
    );
    expect(s.eventsByQuadClass.reduce((n: number, x: Json) => n + x.count, 0)).toBe(s.events);
    const mentions = s.topActors.map((a: Json) => a.mentionCount);
    expect(mentions).toEqual([...mentions].sort((a: number, b: number) => b - a));
    expect(mentions[0]).toBe(await graph('MATCH (x:Actor) RETURN max(x.mentionCount)'));
  });
});
