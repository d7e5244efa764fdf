// Opens the configured Neo4j for a command-line tool, with the schema applied and a graph of an
// earlier version upgraded, or fails with one sentence the user can act on.
import type { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, redactUri } from '../config.ts';
import { connect } from './driver.ts';
import { applySchema } from './schema.ts';
import { upgradeGraph } from './upgrade-graph.ts';

export class DatabaseUnavailable extends Error {
  override name = 'DatabaseUnavailable';
}

export interface OpenDatabase {
  driver: Driver;
  database: string | undefined;
  uri: string;
}

export async function openDatabase(opts: { timeoutMs?: number; schema?: boolean } = {}): Promise<OpenDatabase> {
  let cfg;
  try {
    cfg = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new DatabaseUnavailable(`configuration: ${e.message}`);
    throw e;
  }
  const uri = redactUri(cfg.neo4j.uri);
  let driver: Driver;
  try {
    ({ driver } = await connect(cfg.neo4j, { timeoutMs: opts.timeoutMs ?? 5_000 }));
  } catch (e) {
    const hint = cfg.neo4j.external
      ? 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.'
      : 'Start the local database with `npm run db:start`, or set NEO4J_URI to another server.';
    throw new DatabaseUnavailable(`Neo4j is unreachable at ${uri}: ${(e as Error).message}\n${hint}`);
  }
  if (opts.schema !== false) {
    await applySchema(driver, cfg.neo4j.database);
    await upgradeGraph(driver, cfg.neo4j.database, (m) => console.error(m));
  }
  return { driver, database: cfg.neo4j.database, uri };
}
