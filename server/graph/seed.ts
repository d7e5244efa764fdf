// Seeding: the reference data every graph starts with (cypher/seed/*.cypher, e.g. all
// countries) and the sample articles in data/articles/.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../config.ts';
import { ingestPaths, type IngestOptions, type IngestSummary } from '../ingest/pipeline.ts';
import { allCountries } from './countries.ts';
import { loadCypher, loadStatements } from './cypher.ts';

export const articlesDir = path.join(repoRoot, 'data', 'articles');

/** Parameters a seed script may use, built from maintained packages rather than kept by hand. */
function seedParams(): Record<string, unknown> {
  return { countries: allCountries() };
}

/** Runs every cypher/seed/*.cypher file, in name order. */
export async function runSeedScripts(driver: Driver, database?: string): Promise<string[]> {
  const names = fs
    .readdirSync(path.join(repoRoot, 'cypher', 'seed'))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `seed/${f.slice(0, -'.cypher'.length)}`);
  const params = seedParams();
  const session = driver.session(database ? { database } : {});
  try {
    for (const name of names) {
      for (const statement of loadStatements(name)) await session.executeWrite((tx) => tx.run(statement, params));
    }
  } finally {
    await session.close();
  }
  return names;
}

export interface SeedResult {
  scripts: string[];
  articles: IngestSummary;
}

/** Seed scripts, then the sample articles. Idempotent: running it again changes nothing. */
export async function seed(driver: Driver, opts: IngestOptions & { dir?: string } = {}): Promise<SeedResult> {
  const scripts = await runSeedScripts(driver, opts.database);
  const articles = await ingestPaths(driver, [opts.dir ?? articlesDir], opts);
  return { scripts, articles };
}

/** For `npm start`: seeds a database that holds nothing yet, and leaves any other alone. */
export async function seedIfEmpty(
  driver: Driver,
  opts: IngestOptions & { dir?: string; log?: (message: string) => void } = {},
): Promise<SeedResult | null> {
  const res = await driver.executeQuery(loadCypher('admin/is-empty'), {}, opts.database ? { database: opts.database } : {});
  if (res.records[0]?.get('empty') !== true) return null;
  opts.log?.(`empty database: seeding reference data and the articles in ${opts.dir ?? articlesDir}`);
  const result = await seed(driver, opts);
  const a = result.articles;
  opts.log?.(
    `seeded: ${result.scripts.map((s) => `cypher/${s}.cypher`).join(', ')}; ${a.ingested} articles in ${a.seconds.toFixed(1)} s` +
      (a.failed > 0 ? `, ${a.failed} failed (${a.failures.map((f) => `${f.origin}: ${f.reason}`).join('; ')})` : ''),
  );
  return result;
}
