// npm run ingest -- [--batch N] [--json] [--no-progress] PATHS…
// Ingests article files (.txt .md .json .jsonl .html), folders and globs into the graph.
// Exit status: 0 all went in, 1 some inputs failed (listed), 2 the run could not proceed
// (bad usage, Neo4j unreachable).
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DatabaseUnavailable, openDatabase } from '../graph/open-database.ts';
import { IngestAborted, ingestPaths } from '../ingest/pipeline.ts';
import { formatSummary } from '../ingest/summary.ts';

const USAGE = 'usage: npm run ingest -- [--batch N] [--json] [--no-progress] PATHS…';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        batch: { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-progress': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const paths = args.positionals;
  const batchSize = args.values.batch === undefined ? 100 : Number(args.values.batch);
  if (paths.length === 0 || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error(USAGE);
    return 2;
  }

  let db;
  try {
    db = await openDatabase();
  } catch (e) {
    if (e instanceof DatabaseUnavailable) {
      console.error(`ingest: ${e.message}`);
      return 2;
    }
    throw e;
  }

  const showBar = !args.values['no-progress'] && process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        'ingest |{bar}| {percentage}% | {read} articles | {speed} articles/s | ' +
        '{ingested} new · {replaced} replaced · {unchanged} unchanged · {failed} failed',
      hideCursor: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let barStarted = false;
  try {
    const summary = await ingestPaths(db.driver, paths, {
      batchSize,
      ...(db.database ? { database: db.database } : {}),
      onProgress: (p) => {
        if (!showBar) return;
        const speed = (p.read / Math.max((performance.now() - t0) / 1000, 0.001)).toFixed(1);
        const payload = { ...p, speed };
        if (!barStarted) {
          bar.start(Math.max(p.bytesTotal, 1), p.bytesDone, payload);
          barStarted = true;
        } else bar.update(p.bytesDone, payload);
      },
    });
    if (barStarted) bar.stop();
    console.log(args.values.json ? JSON.stringify(summary) : formatSummary(summary));
    return summary.failed > 0 ? 1 : 0;
  } catch (e) {
    if (barStarted) bar.stop();
    if (e instanceof IngestAborted) {
      console.error(`ingest: ${e.message}\nArticles written before this point are complete; run the same command again to finish.`);
      return 2;
    }
    throw e;
  } finally {
    await db.driver.close();
  }
}

process.exitCode = await main();
