// npm run bench:api [-- --count 20000] [--connections 32] [--duration 10] [--configured]
//                      [--data-dir var/bench-api] [--only isnad|neo4j-graphql] [--actors 30]
// Loads a graph of `count` articles (the deterministic Arabic corpus of bench/ingest-corpus.ts,
// through the real ingest pipeline), then drives the API over HTTP with autocannon on the
// explorer's four reads, each over a rotating set of inputs: search for prefixes and names of
// the busiest actors as typed, in Arabic and English; the depth-2 neighbourhood and the
// evidence of the --actors actors in most articles; the paths between pairs of them. It prints
// p50/p95/p99 latencies and requests/s for Isnad's server with its answer cache, without it,
// and for an @neo4j/graphql schema over the same database (bench/api-neo4j-graphql.ts), with
// the ratios, and the CPU time each server process spent per request.
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
import { upgradeGraph } from '../server/graph/upgrade-graph.ts';
import { runSeedScripts } from '../server/graph/seed.ts';
import { ingestPaths } from '../server/ingest/pipeline.ts';
import { freePort, start, stop } from '../tools/neo4j/control.ts';
import { writeCorpus } from './ingest-corpus.ts';
import { NOT_THE_SAME, neo4jGraphQLRequest } from './api-neo4j-graphql.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    configured: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: path.join(repoRoot, 'var', 'bench-api') },
    only: { type: 'string' },
    actors: { type: 'string', default: '30' },
    'neo4j-pid': { type: 'string' },
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
  // The explorer's own fields (client/src/api/queries/fragments.graphql): edges without their
  // sentence, which the explorer asks of `evidence` when an edge is opened.
  neighborhood: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) {
    center truncated omitted
    nodes { data { id label type entityType nameAr nameEn country role mentionCount articleCount code quadClass date mode reportCount stance title source lang url distance } }
    edges { data { id source target label type rule confidence articleId sentenceIndex order count } }
  } }`,
  evidence: `query($id: ID!) { evidence(id: $id, first: 20) { nodes { id text start end highlights { start end nodeId } article { title url publishedAt } } } }`,
  paths: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length paths { nodes { data { id label type } } edges { data { id source target type } } } } }`,
};

// --- the database ------------------------------------------------------------------------

const cfg = loadConfig();
let neo4j = cfg.neo4j;
let local: LocalNeo4jConfig | null = null;
/** Neo4j's process, whose CPU time is counted when known (--neo4j-pid with --configured). */
let neo4jPid = values['neo4j-pid'] ? Number(values['neo4j-pid']) : null;
if (!values.configured) {
  local = {
    ...cfg.local,
    port: await freePort(),
    dataDir: path.resolve(values['data-dir']!),
    // The graph of 20,000 articles is about 1 GB on disk: let it sit in memory.
    pageCache: process.env.NEO4J_PAGECACHE ? cfg.local.pageCache : '1g',
  };
  const started = await start(local, { attached: true });
  neo4jPid = started.pid;
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
// A graph loaded before AFFILIATION edges existed (docs/graph-model.md) gets them, or its paths
// would not go through affiliations; on one that has them this changes nothing.
await upgradeGraph(driver, neo4j.database, (m) => console.log(m));
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
  request: { query: string; variables: Record<string, unknown> },
): Promise<{ body: Record<string, unknown>; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await res.text();
  const body = JSON.parse(text) as Record<string, unknown>;
  if (!res.ok || body.errors) throw new Error(`${url}: ${res.status} ${text.slice(0, 500)}`);
  return { body, bytes: Buffer.byteLength(text) };
}

// --- what to ask -------------------------------------------------------------------------

const probe = await startServer('isnad', 'ours', { ISNAD_CACHE_TTL_MS: '0' });
const top = (
  await ask(probe.url, { query: '{ stats { topActors(first: 100) { id type name nameEn nameAr articleCount } } }', variables: {} })
).body as {
  data: {
    stats: {
      topActors: {
        id: string;
        type: string;
        name: string;
        nameEn: string | null;
        nameAr: string | null;
        articleCount: number;
      }[];
    };
  };
};
await stopServer(probe);
// The inputs rotate, so that a cached run also misses, as a server with many users does: each
// connection asks for the next input in turn, and every answer expires during a run.
const busiest = [...top.data.stats.topActors]
  .sort((a, b) => b.articleCount - a.articleCount)
  .slice(0, Number(values.actors));
if (busiest.length < 2) throw new Error('the graph has fewer than two actors');
const pairs = busiest.map((a, i) => [a.id, busiest[(i + 1) % busiest.length]!.id] as const);
// Search terms as users type them into the explorer's box: the first word of the names of the
// busiest actors, in Arabic and English, after 2 letters, 4, and whole, then the whole name.
const terms = [
  ...new Set(
    top.data.stats.topActors.slice(0, Number(values.actors)).flatMap((a) =>
      [a.nameAr, a.nameEn ?? a.name].flatMap((name) => {
        if (!name) return [];
        const word = name.split(/\s+/)[0]!;
        return [word.slice(0, 2), word.slice(0, 4), word, name];
      }),
    ),
  ),
];
console.log(
  `asking: search over ${terms.length} terms (${terms.slice(0, 4).join('، ')}…); neighbourhood (depth 2) and ` +
    `evidence of the ${busiest.length} actors in most articles (${busiest[0]!.id}: ${busiest[0]!.articleCount} ` +
    `articles … ${busiest.at(-1)!.id}: ${busiest.at(-1)!.articleCount}); paths between ${pairs.length} pairs of them`,
);

const variables = (s: Scenario, i: number): { q?: string; id?: string; from?: string; to?: string } =>
  s === 'search'
    ? { q: terms[i % terms.length] }
    : s === 'paths'
      ? { from: pairs[i % pairs.length]![0], to: pairs[i % pairs.length]![1] }
      : { id: busiest[i % busiest.length]!.id };

// --- the runs ----------------------------------------------------------------------------

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytes: number;
  /** CPU time per request, in ms, of the API server process and of Neo4j (NaN: unknown). */
  serverCpu: number;
  neo4jCpu: number;
}

/** User + system CPU time of a process so far, in ms, from /proc (NaN where there is none). */
function cpuMs(pid: number | null | undefined): number {
  if (pid == null) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/** The i-th request of a read, in a server's terms. */
type Request = (s: Scenario, i: number) => { query: string; variables: Record<string, unknown> };

async function load(server: Server, request: Request, s: Scenario, seconds: number): Promise<Figures> {
  const { url } = server;
  let i = 0;
  const cpu0 = [cpuMs(server.process.pid), cpuMs(neo4jPid)];
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      { setupRequest: (req) => ({ ...req, body: JSON.stringify(request(s, i++)) }) },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await instance;
  const cpu1 = [cpuMs(server.process.pid), cpuMs(neo4jPid)];
  latencies.sort((a, b) => a - b);
  const n = Math.max(1, latencies.length);
  return {
    serverCpu: (cpu1[0]! - cpu0[0]!) / n,
    neo4jCpu: (cpu1[1]! - cpu0[1]!) / n,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    bytes: 0,
  };
}

const isnadRequest: Request = (s, i) => ({ query: ISNAD_QUERIES[s], variables: variables(s, i) });

const SERVERS: {
  name: string;
  impl: 'ours' | 'neo4j-graphql';
  env: Record<string, string>;
  request: Request;
}[] = [
  {
    name: 'isnad, answer cache 5 s',
    impl: 'ours',
    env: { ISNAD_CACHE_TTL_MS: '5000' },
    request: isnadRequest,
  },
  { name: 'isnad, no cache', impl: 'ours', env: { ISNAD_CACHE_TTL_MS: '0' }, request: isnadRequest },
  {
    name: '@neo4j/graphql 7',
    impl: 'neo4j-graphql',
    env: {},
    request: (s, i) => neo4jGraphQLRequest(s, variables(s, i)),
  },
];
const only = values.only === 'isnad' ? 'ours' : values.only;
const servers = only ? SERVERS.filter((s) => s.impl === only) : SERVERS;

const results = new Map<string, Figures>();
for (const spec of servers) {
  const server = await startServer(spec.name, spec.impl, spec.env);
  try {
    for (const s of SCENARIOS) {
      // One answer checked (no errors) and measured, then a short warm-up, then the run. A
      // check that fails (a timeout on a busy machine) leaves this read unmeasured, not the rest.
      let bytes: number;
      try {
        ({ bytes } = await ask(server.url, spec.request(s, 0)));
      } catch (e) {
        console.log(`${s.padEnd(13)} ${spec.name.padEnd(24)} not measured: ${(e as Error).message.slice(0, 300)}`);
        continue;
      }
      await load(server, spec.request, s, 2);
      const f = { ...(await load(server, spec.request, s, duration)), bytes };
      results.set(`${spec.name}|${s}`, f);
      console.log(
        `${s.padEnd(13)} ${spec.name.padEnd(24)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ` +
          `p99 ${ms(f.p99)}  ${(f.bytes / 1024).toFixed(1).padStart(6)} KB/answer  ` +
          `CPU/request: server ${f.serverCpu.toFixed(2)} ms, neo4j ${Number.isNaN(f.neo4jCpu) ? '?' : f.neo4jCpu.toFixed(2)} ms` +
          `  load ${os.loadavg()[0]!.toFixed(1)}${f.errors ? `  ${f.errors} errors` : ''}`,
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
  `\n${connections} connections, ${duration} s per run, ${size.articles} articles, ${os.cpus().length} cores (load generator, servers and Neo4j share them), ` +
    `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
);
for (const s of SCENARIOS) {
  const cached = results.get(`${SERVERS[0]!.name}|${s}`);
  const fresh = results.get(`${SERVERS[1]!.name}|${s}`);
  const theirs = results.get(`${SERVERS[2]!.name}|${s}`);
  if (!cached || !fresh) {
    console.log(`${s.padEnd(13)}  not compared: a run of Isnad is missing`);
    continue;
  }
  const target =
    s === 'search' || s === 'neighborhood'
      ? `  target p95 ≤ 25 ms: cached ${cached.p95 <= 25 ? 'met' : 'NOT met'}, uncached ${fresh.p95 <= 25 ? 'met' : 'NOT met'}`
      : '';
  const ratio = theirs
    ? `  @neo4j/graphql p95 / isnad p95: ${(theirs.p95 / fresh.p95).toFixed(1)}× uncached, ${(theirs.p95 / cached.p95).toFixed(1)}× cached; ` +
      `req/s isnad / @neo4j/graphql: ${(fresh.rps / theirs.rps).toFixed(1)}× uncached; ` +
      `CPU/request (server + neo4j) @neo4j/graphql / isnad: ${((theirs.serverCpu + theirs.neo4jCpu) / (fresh.serverCpu + fresh.neo4jCpu)).toFixed(1)}× uncached`
    : '';
  console.log(`${s.padEnd(13)}${ratio}${target}`);
}
console.log(`Not the same answers; @neo4j/graphql's reads (bench/api-neo4j-graphql.ts) differ as follows:\n- ${NOT_THE_SAME.join('\n- ')}\nCompare the KB/answer column too.`);
