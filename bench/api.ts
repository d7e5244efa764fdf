// npm run bench:api [-- --count 20000] [--connections 32] [--duration 10] [--configured]
//                      [--data-dir var/bench-api] [--only isnad]
// Loads a graph of `count` articles (the deterministic Arabic corpus of bench/ingest-corpus.ts,
// through the real ingest pipeline), then drives the API over HTTP with autocannon on the
// explorer's four reads: search, the depth-2 neighbourhood of the busiest actor, the evidence
// of that actor, and the paths between two busy actors. It prints p50/p95/p99 latencies and
// requests/s for Isnad's server with its answer cache, without it, and for an @neo4j/graphql
// schema over the same database (bench/api-neo4j-graphql.ts), with the ratios.
// The database is a local Neo4j kept in --data-dir between runs, so the graph is loaded once;
// --configured uses the configured one (NEO4J_URI) instead, and loads nothing it already holds.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig, repoRoot, type LocalNeo4jConfig } from '../server/config.ts';
import { loadCypher } from '../server/graph/cypher.ts';
import { connect } from '../server/graph/driver.ts';
import { applySchema } from '../server/graph/schema.ts';
import { runSeedScripts } from '../server/graph/seed.ts';
import { ingestPaths } from '../server/ingest/pipeline.ts';
import { start, stop } from '../tools/neo4j/control.ts';
import { writeCorpus } from './ingest-corpus.ts';
import { NEO4J_GRAPHQL_QUERIES } from './api-neo4j-graphql.ts';
import { freePort } from './support.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    configured: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: path.join(repoRoot, 'var', 'bench-api') },
    only: { type: 'string' },
  },
});
const count = Number(values.count);
const connections = Number(values.connections);
const duration = Number(values.duration);

type Scenario = 'search' | 'neighborhood' | 'evidence' | 'paths';
const SCENARIOS: Scenario[] = ['search', 'neighborhood', 'evidence', 'paths'];

/** What the explorer asks of Isnad for each read, in one round trip each. */
const ISNAD_QUERIES: Record<Scenario, string> = {
  search: `query($q: String!) { search(query: $q, first: 10) { edges { score node { id name nameAr type mentionCount } } } }`,
  // The explorer's own fields (client/src/api/queries/fragments.graphql), edges' sentences included.
  neighborhood: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) {
    center truncated omitted
    nodes { data { id label type entityType nameAr nameEn country role mentionCount articleCount code quadClass date mode reportCount stance title source lang url distance } }
    edges { data { id source target label type rule confidence articleId sentence sentenceIndex order count } }
  } }`,
  evidence: `query($id: ID!) { evidence(id: $id, first: 20) { nodes { id text start end highlights { start end nodeId } article { title url publishedAt } } } }`,
  paths: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length paths { nodes { data { id label type } } edges { data { id source target type } } } } }`,
};

// --- the database ------------------------------------------------------------------------

const cfg = loadConfig();
let neo4j = cfg.neo4j;
let local: LocalNeo4jConfig | null = null;
if (!values.configured) {
  local = {
    ...cfg.local,
    port: await freePort(),
    dataDir: path.resolve(values['data-dir']!),
    // The graph of 20,000 articles is about 1 GB on disk: let it sit in memory.
    pageCache: process.env.NEO4J_PAGECACHE ? cfg.local.pageCache : '1g',
  };
  const started = await start(local, { attached: true });
  neo4j = { ...cfg.neo4j, uri: started.uri, external: false };
  console.log(
    `neo4j: ${started.uri}, data in ${local.dataDir} (heap ${local.heap}, page cache ${local.pageCache})`,
  );
}
const db = neo4j.database ? { database: neo4j.database } : {};
const { driver } = await connect(neo4j);
await applySchema(driver, neo4j.database);

async function graphSize(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(loadCypher('admin/graph-size'), {}, db);
  return records[0]!.toObject() as Record<string, number>;
}

let size = await graphSize();
if (size.articles! < count) {
  console.log(`loading: the graph holds ${size.articles} articles, the bench wants ${count}`);
  await runSeedScripts(driver, neo4j.database);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-api-'));
  const file = path.join(work, 'corpus.jsonl');
  await writeCorpus(file, count);
  const t0 = performance.now();
  let last = t0;
  const summary = await ingestPaths(driver, [file], {
    ...db,
    onProgress: (p) => {
      const now = performance.now();
      if (now - last < 15_000) return;
      last = now;
      console.log(`  ${p.read}/${count} articles, ${(p.read / ((now - t0) / 1000)).toFixed(0)} articles/s`);
    },
  });
  fs.rmSync(work, { recursive: true, force: true });
  console.log(
    `loaded: ${summary.ingested} ingested, ${summary.unchanged} already there, ${summary.failed} failed, ` +
      `in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  size = await graphSize();
}
console.log(
  `graph: ${Object.entries(size)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
);
await driver.close();
if (size.articles! < count) throw new Error(`the graph holds ${size.articles} articles, fewer than ${count}`);

// --- the servers -------------------------------------------------------------------------

interface Server {
  name: string;
  url: string;
  process: ChildProcess;
}

async function startServer(
  name: string,
  impl: 'ours' | 'neo4j-graphql',
  env: Record<string, string> = {},
): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'bench', 'api-server.ts'), impl, '0'],
    {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: neo4j.uri, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} server exited (${code}) before listening: ${out}`)),
    );
  });
  return { name, url: `http://127.0.0.1:${port}/graphql`, process: child };
}

async function stopServer(s: Server): Promise<void> {
  const exited = new Promise((r) => s.process.once('exit', r));
  s.process.kill('SIGTERM');
  await exited;
}

async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ body: Record<string, unknown>; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as Record<string, unknown>;
  if (!res.ok || body.errors) throw new Error(`${url}: ${res.status} ${text.slice(0, 500)}`);
  return { body, bytes: Buffer.byteLength(text) };
}

// --- what to ask -------------------------------------------------------------------------

const probe = await startServer('isnad', 'ours', { ISNAD_CACHE_TTL_MS: '0' });
const top = (
  await ask(probe.url, '{ stats { topActors(first: 100) { id type name nameAr articleCount } } }', {})
).body as {
  data: {
    stats: {
      topActors: { id: string; type: string; name: string; nameAr: string | null; articleCount: number }[];
    };
  };
};
await stopServer(probe);
const people = top.data.stats.topActors
  .filter((a) => a.type === 'PERSON')
  .sort((a, b) => b.articleCount - a.articleCount);
const [hub, other] = people;
if (!hub || !other) throw new Error('the graph has fewer than two people');
// Search terms as users type them: the Arabic names of the busiest actors, each once in turn.
const terms = [...new Set(top.data.stats.topActors.map((a) => a.nameAr ?? a.name))].slice(0, 20);
console.log(
  `asking: search over ${terms.length} names (${terms.slice(0, 3).join('، ')}…); neighbourhood (depth 2) and evidence of ` +
    `${hub.id} (${hub.articleCount} articles); paths ${hub.id} → ${other.id}`,
);

const variables = (s: Scenario, i: number): Record<string, unknown> =>
  s === 'search'
    ? { q: terms[i % terms.length] }
    : s === 'paths'
      ? { from: hub.id, to: other.id }
      : { id: hub.id };

// --- the runs ----------------------------------------------------------------------------

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytes: number;
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;

async function load(url: string, query: string, s: Scenario, seconds: number): Promise<Figures> {
  let i = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      { setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: variables(s, i++) }) }) },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    bytes: 0,
  };
}

const SERVERS: {
  name: string;
  impl: 'ours' | 'neo4j-graphql';
  env: Record<string, string>;
  queries: Record<Scenario, string>;
}[] = [
  {
    name: 'isnad, answer cache 5 s',
    impl: 'ours',
    env: { ISNAD_CACHE_TTL_MS: '5000' },
    queries: ISNAD_QUERIES,
  },
  { name: 'isnad, no cache', impl: 'ours', env: { ISNAD_CACHE_TTL_MS: '0' }, queries: ISNAD_QUERIES },
  { name: '@neo4j/graphql 7', impl: 'neo4j-graphql', env: {}, queries: NEO4J_GRAPHQL_QUERIES },
];
const servers = values.only === 'isnad' ? SERVERS.filter((s) => s.impl === 'ours') : SERVERS;

const results = new Map<string, Figures>();
for (const spec of servers) {
  const server = await startServer(spec.name, spec.impl, spec.env);
  try {
    for (const s of SCENARIOS) {
      // One answer checked (no errors) and measured, then a short warm-up, then the run.
      const { bytes } = await ask(server.url, spec.queries[s], variables(s, 0));
      await load(server.url, spec.queries[s], s, 2);
      const f = { ...(await load(server.url, spec.queries[s], s, duration)), bytes };
      results.set(`${spec.name}|${s}`, f);
      console.log(
        `${s.padEnd(13)} ${spec.name.padEnd(24)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ` +
          `p99 ${ms(f.p99)}  ${(f.bytes / 1024).toFixed(1).padStart(6)} KB/answer${f.errors ? `  ${f.errors} errors` : ''}`,
      );
    }
  } finally {
    await stopServer(server);
  }
}
if (local) await stop(local);

function ms(v: number): string {
  return `${v.toFixed(1).padStart(7)} ms`;
}

// --- the verdict -------------------------------------------------------------------------

console.log(
  `\n${connections} connections, ${duration} s per run, ${size.articles} articles, ${os.cpus().length} cores (load generator, servers and Neo4j share them)`,
);
for (const s of SCENARIOS) {
  const cached = results.get(`${SERVERS[0]!.name}|${s}`)!;
  const fresh = results.get(`${SERVERS[1]!.name}|${s}`)!;
  const theirs = results.get(`${SERVERS[2]!.name}|${s}`);
  const target =
    s === 'search' || s === 'neighborhood'
      ? `  target p95 ≤ 25 ms: cached ${cached.p95 <= 25 ? 'met' : 'NOT met'}, uncached ${fresh.p95 <= 25 ? 'met' : 'NOT met'}`
      : '';
  const ratio = theirs
    ? `  @neo4j/graphql p95 / isnad p95: ${(theirs.p95 / fresh.p95).toFixed(1)}× uncached, ${(theirs.p95 / cached.p95).toFixed(1)}× cached; ` +
      `req/s isnad / @neo4j/graphql: ${(fresh.rps / theirs.rps).toFixed(1)}× uncached`
    : '';
  console.log(`${s.padEnd(13)}${ratio}${target}`);
}
console.log(
  "Not the same answers: Isnad ranks search hits and returns Cytoscape elements with each edge's sentence, a " +
    'budgeted depth-2 view with what it left out, and evidence newest first with highlights; the @neo4j/graphql ' +
    'queries are the nearest that library offers (nested lists capped at 25, evidence unordered, paths through a ' +
    "@cypher field running Isnad's own Cypher). Compare the KB/answer column too.",
);
