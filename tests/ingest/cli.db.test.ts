// `npm run ingest` as users run it: a separate process on real files, with the real extractor,
// into the test Neo4j. Covers bad files, re-runs, replacement, two processes at once, a run
// killed with SIGKILL, and an unreachable database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/ingest-corpus.ts';
import { repoRoot } from '../../server/config.ts';
import type { IngestSummary } from '../../server/ingest/pipeline.ts';
import { countGraph, dumpGraph, graphProblems } from '../graph/graph-state.ts';
import { useTestDb, wipe } from '../setup/db.ts';

const db = useTestDb();
const cli = path.join(repoRoot, 'server', 'cli', 'ingest.ts');
const SAMPLE = path.join(repoRoot, 'data', 'articles', 'ar-2024-06-19-putin-north-korea.txt');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isnad-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
// A failed or timed-out test must not leave an ingest writing into the next test's database.
const children = new Set<ChildProcess>();
afterEach(() => {
  for (const c of children) c.kill('SIGKILL');
  children.clear();
});
// Each run is a new process that loads the extractor's lexicons: seconds, not milliseconds.
const SLOW = 180_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  // node itself with tsx as a loader, not the tsx wrapper: a signal must reach the ingest, not a
  // parent that would leave it running.
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--no-progress', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: db.config.uri, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { child, done };
}
const ingest = (args: string[], env?: Record<string, string>) => start(args, env).done;
function summaryOf(run: Run): IngestSummary {
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (!last.startsWith('{')) throw new Error(`ingest printed no summary (exit ${run.code}, ${run.signal}): ${run.stderr}`);
  return JSON.parse(last) as IngestSummary;
}
const articleCount = async () =>
  (await db.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number;

describe('npm run ingest', () => {
  it('ingests good files, reports bad ones with reasons, exits 1, and changes nothing on a re-run', async () => {
    const d = path.join(dir, 'mixed');
    await fs.mkdir(d);
    await fs.copyFile(SAMPLE, path.join(d, 'sample.txt'));
    await fs.writeFile(path.join(d, 'empty.txt'), '');
    await fs.writeFile(path.join(d, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    await fs.writeFile(
      path.join(d, 'feed.jsonl'),
      [
        JSON.stringify({ text: 'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.', lang: 'en', publishedAt: '2024-06-19' }),
        '{"text": broken',
      ].join('\n'),
    );
    const first = await ingest(['--json', d, path.join(dir, 'no-such-folder')]);
    expect(first.code).toBe(1);
    const s = summaryOf(first);
    expect(s).toMatchObject({ read: 2, ingested: 2, unchanged: 0, failed: 4 });
    expect(s.failures.map((f) => path.basename(f.origin)).sort()).toEqual(['empty.txt', 'feed.jsonl:2', 'image.txt', 'no-such-folder']);
    for (const f of s.failures) expect(f.reason).toMatch(/\w/);
    expect(await graphProblems(db.driver)).toEqual([]);
    const before = await dumpGraph(db.driver);

    const again = await ingest(['--json', d]);
    expect(summaryOf(again)).toMatchObject({ read: 2, ingested: 0, unchanged: 2, failed: 3 });
    expect(await dumpGraph(db.driver)).toEqual(before);

    // Without --json: the summary people read.
    const human = await ingest([path.join(d, 'sample.txt')]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/1 articles read in .* 0 ingested, 0 replaced, 1 unchanged, 0 failed\./);
  }, SLOW);

  it('replaces an article whose text changed under the same URL, leaving no orphan', async () => {
    const text = await fs.readFile(SAMPLE, 'utf8');
    const file = path.join(dir, 'by-url.json');
    const url = 'https://example.test/putin-pyongyang';
    await fs.writeFile(file, JSON.stringify({ text, url }));
    expect(summaryOf(await ingest(['--json', file]))).toMatchObject({ ingested: 1 });
    const full = await countGraph(db.driver);
    // The edited version keeps only the first two lines.
    await fs.writeFile(file, JSON.stringify({ text: text.split('\n').slice(0, 2).join('\n'), url }));
    expect(summaryOf(await ingest(['--json', file]))).toMatchObject({ replaced: 1 });
    expect(await graphProblems(db.driver)).toEqual([]);
    expect(await articleCount()).toBe(1);
    const short = await countGraph(db.driver);
    expect(short.nodes).toBeLessThan(full.nodes);
    // The same graph as ingesting the short version into an empty database.
    const replaced = await dumpGraph(db.driver, ['ingestedAt']);
    await wipe(db.driver);
    await ingest(['--json', file]);
    expect(await dumpGraph(db.driver, ['ingestedAt'])).toEqual(replaced);
  }, SLOW);

  it('makes no duplicate when two processes ingest overlapping files at once', async () => {
    const corpus = path.join(dir, 'overlap.jsonl');
    await writeCorpus(corpus, 30);
    const lines = (await fs.readFile(corpus, 'utf8')).trim().split('\n');
    await fs.writeFile(path.join(dir, 'a.jsonl'), lines.slice(0, 20).join('\n'));
    await fs.writeFile(path.join(dir, 'b.jsonl'), lines.slice(10).join('\n'));
    const [a, b] = await Promise.all([
      ingest(['--json', '--batch', '5', path.join(dir, 'a.jsonl')]),
      ingest(['--json', '--batch', '5', path.join(dir, 'b.jsonl')]),
    ]);
    expect([a.code, b.code, a.stderr + b.stderr]).toEqual([0, 0, '']);
    const sa = summaryOf(a);
    const sb = summaryOf(b);
    expect(sa.ingested + sb.ingested).toBe(30);
    expect(sa.unchanged + sb.unchanged).toBe(10);
    expect(await articleCount()).toBe(30);
    expect(await graphProblems(db.driver)).toEqual([]);
    // The same graph as one process ingesting all of it.
    const concurrent = await dumpGraph(db.driver, ['ingestedAt'], true);
    await wipe(db.driver);
    await ingest(['--json', corpus]);
    expect(await dumpGraph(db.driver, ['ingestedAt'], true)).toEqual(concurrent);
  }, SLOW);

  it('finishes a run killed with SIGKILL when run again: complete and duplicate-free', async () => {
    const corpus = path.join(dir, 'kill.jsonl');
    const total = 200;
    await writeCorpus(corpus, total, 7);
    const { child, done } = start(['--json', '--batch', '5', corpus]);
    // Kill once a few batches are committed, while the run is still going.
    let exited = false;
    void done.then(() => (exited = true));
    for (let n = 0; !exited && n < 10; n = await articleCount()) await new Promise((r) => setTimeout(r, 50));
    if (exited) throw new Error(`the ingest ended before it could be killed: ${JSON.stringify(await done)}`);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await articleCount();
    expect(partial).toBeGreaterThanOrEqual(10);
    expect(partial).toBeLessThan(total);
    // Committed batches are whole; the one in flight left nothing behind.
    expect(await graphProblems(db.driver)).toEqual([]);
    const before = await countGraph(db.driver);

    const rerun = await ingest(['--json', '--batch', '5', corpus]);
    expect(rerun.code).toBe(0);
    const s = summaryOf(rerun);
    expect(s.unchanged).toBe(partial);
    expect(s.ingested).toBe(total - partial);
    expect(await articleCount()).toBe(total);
    expect((await countGraph(db.driver)).nodes).toBeGreaterThan(before.nodes);
    // No orphan, no half-written article, no duplicate event or mention, counts that add up.
    expect(await graphProblems(db.driver)).toEqual([]);
    // And a third run finds nothing left to do.
    const third = await dumpGraph(db.driver);
    expect(summaryOf(await ingest(['--json', corpus]))).toMatchObject({ unchanged: total, ingested: 0 });
    expect(await dumpGraph(db.driver)).toEqual(third);
  }, SLOW);

  it('says clearly that Neo4j is unreachable, and exits 2', async () => {
    const run = await ingest([SAMPLE], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Neo4j is unreachable at bolt:\/\/127\.0\.0\.1:9/);
    expect(run.stdout).toBe('');
  });
});
