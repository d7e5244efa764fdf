// npm run seed [-- --dir FOLDER]
// Runs cypher/seed/*.cypher (reference data such as every country) and ingests the sample
// articles in data/articles/. Idempotent: a second run reports every article unchanged.
import { parseArgs } from 'node:util';
import { DatabaseUnavailable, openDatabase } from '../graph/open-database.ts';
import { seed } from '../graph/seed.ts';
import { IngestAborted } from '../ingest/pipeline.ts';
import { formatSummary } from '../ingest/summary.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  let db;
  try {
    db = await openDatabase();
  } catch (e) {
    if (e instanceof DatabaseUnavailable) {
      console.error(`seed: ${e.message}`);
      return 2;
    }
    throw e;
  }
  try {
    const res = await seed(db.driver, {
      ...(values.dir ? { dir: values.dir } : {}),
      ...(db.database ? { database: db.database } : {}),
    });
    console.log(`Seed scripts: ${res.scripts.map((s) => `cypher/${s}.cypher`).join(', ')}`);
    console.log(formatSummary(res.articles));
    return res.articles.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof IngestAborted) {
      console.error(`seed: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    await db.driver.close();
  }
}

process.exitCode = await main();
