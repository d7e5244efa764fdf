// npm run bench:ingest [-- --count 5000] [--batch 100] [--keep] [--configured]
// Generates a deterministic Arabic corpus (bench/ingest-corpus.ts), then ingests it end to end
// (file reading, extraction, graph writes) and prints articles/s, client memory over the run and
// the database's size. By default it runs against a throwaway local Neo4j in a temp folder
// (same launcher as `npm run db:start`), so that the figures are of an empty database and the
// development database is left alone; --configured uses the configured one (NEO4J_URI or the
// local server) instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type LocalNeo4jConfig } from '../server/config.ts';
import { loadCypher } from '../server/graph/cypher.ts';
import { connect } from '../server/graph/driver.ts';
import { applySchema } from '../server/graph/schema.ts';
import { extract } from '../server/extract/index.ts';
import { ingestPaths } from '../server/ingest/pipeline.ts';
import { freePort, start, stop } from '../tools/neo4j/control.ts';
import { Corpus, writeCorpus } from './ingest-corpus.ts';
import { processCpuMs } from './support.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    batch: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    configured: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const batchSize = Number(values.batch);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : e.isFile() ? fs.statSync(p).size : 0;
  }
  return total;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
const corpusFile = path.join(work, 'corpus.jsonl');
let t = performance.now();
const corpusBytes = await writeCorpus(corpusFile, count);
console.log(`corpus: ${count} articles, ${mb(corpusBytes)} (${(corpusBytes / count / 1024).toFixed(1)} KB/article) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

// Extraction alone, on a sample, to tell the extractor's share of the time from the database's.
const sample = new Corpus(Math.max(100, Math.floor(count / 4)));
t = performance.now();
const n = Math.min(300, count);
for (let i = 0; i < n; i++) extract(sample.article(i).text, { lang: 'ar' });
console.log(`extraction alone: ${(n / ((performance.now() - t) / 1000)).toFixed(0)} articles/s (one core, ${n} articles)`);

const cfg = loadConfig();
let local: LocalNeo4jConfig | null = null;
let neo4j = cfg.neo4j;
let neo4jPid: number | null = null;
if (!values.configured) {
  local = { ...cfg.local, port: await freePort(), dataDir: path.join(work, 'neo4j') };
  const started = await start(local, { attached: true });
  neo4j = { ...cfg.neo4j, uri: started.uri, external: false };
  neo4jPid = started.pid;
  console.log(`neo4j: throwaway server on ${started.uri} (heap ${local.heap}, page cache ${local.pageCache})`);
}
const { driver } = await connect(neo4j);
await applySchema(driver, neo4j.database);

let peakRss = 0;
let peakHeap = 0;
const samples: string[] = [];
let last = 0;
const load0 = os.loadavg()[0]!;
const cpu0 = process.cpuUsage();
const dbCpu0 = neo4jPid === null ? null : processCpuMs(neo4jPid);
const t0 = performance.now();
const timings = new Map<string, number>();
const summary = await ingestPaths(driver, [corpusFile], {
  batchSize,
  timings,
  ...(neo4j.database ? { database: neo4j.database } : {}),
  onProgress: (p) => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    const now = performance.now();
    if (now - last > 10_000) {
      last = now;
      const line = `  ${p.read} articles, ${(p.read / ((now - t0) / 1000)).toFixed(0)} articles/s, heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}`;
      samples.push(line);
      console.log(line);
    }
  },
});
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const clientCpuMs = (cpu.user + cpu.system) / 1000;
const dbCpu1 = neo4jPid === null ? null : processCpuMs(neo4jPid);
const dbCpuMs = dbCpu0 === null || dbCpu1 === null ? null : dbCpu1 - dbCpu0;
const load1 = os.loadavg()[0]!;
const stats = await driver.executeQuery(loadCypher('admin/graph-size'), {}, neo4j.database ? { database: neo4j.database } : {});
await driver.close();

console.log(
  `ingest: ${summary.read} articles in ${seconds.toFixed(1)} s = ${(summary.read / seconds).toFixed(0)} articles/s end to end ` +
    `(${summary.ingested} ingested, ${summary.unchanged} unchanged, ${summary.failed} failed)`,
);
for (const f of summary.failures.slice(0, 5)) console.log(`  failed ${f.origin}: ${f.reason}`);
console.log(
  `time: extraction ${summary.extractSeconds.toFixed(1)} s, waiting for Neo4j ${summary.waitSeconds.toFixed(1)} s; ` +
    `in Neo4j: ${[...timings].map(([k, ms]) => `${k.replace('ingest/', '')} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
);
// CPU per article depends far less than wall-clock time on what else the machine runs: with the
// cores to itself, the run cannot go faster than the busier of the two processes allows.
const perArticle = (ms: number) => `${(ms / Math.max(1, summary.read)).toFixed(1)} ms`;
console.log(
  `cpu per article: client ${perArticle(clientCpuMs)}` +
    (dbCpuMs === null ? '' : `, neo4j ${perArticle(dbCpuMs)}`) +
    `; load average ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end, on ${os.availableParallelism()} cores`,
);
const g = stats.records[0]!.toObject() as Record<string, number>;
console.log(`graph: ${Object.entries(g).map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`client memory: peak heap ${mb(peakHeap)}, peak rss ${mb(peakRss)}`);
if (local) {
  // A clean stop checkpoints: before it, the store files hold only what was last flushed.
  await stop(local);
  const txLogs = path.join(local.dataDir, 'data', 'transactions');
  const total = dirSize(path.join(local.dataDir, 'data'));
  const logs = fs.existsSync(txLogs) ? dirSize(txLogs) : 0;
  console.log(`database size on disk: ${mb(total)}: store ${mb(total - logs)}, transaction logs ${mb(logs)} (preallocated in 256 MB files; ${local.dataDir}/data)`);
}
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
