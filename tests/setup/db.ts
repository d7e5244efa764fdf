// The database for tests of the `db` project (see vitest.config.ts): a driver on the run's
// Neo4j (tests/setup/global-db.ts) and a wipe between tests. Files of that project run one at a
// time, so a test owns the whole database while it runs.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { Neo4jConfig } from '../../server/config.ts';
import { createDriver } from '../../server/graph/driver.ts';

export interface TestDb {
  driver: Driver;
  database: string | undefined;
  config: Neo4jConfig;
}

/**
 * Registers the hooks of a database test file and returns the handle they fill: a driver opened
 * before the file's tests and closed after them, and the data (not the schema) wiped before
 * each test (`wipe: 'each'`, the default) or once before the file's tests (`'once'`).
 */
export function useTestDb(opts: { wipe?: 'each' | 'once' } = {}): TestDb {
  const db = {} as TestDb;
  beforeAll(async () => {
    db.config = inject('neo4j').config;
    db.database = db.config.database;
    db.driver = createDriver(db.config);
    if (opts.wipe === 'once') await wipe(db.driver, db.database);
  });
  if ((opts.wipe ?? 'each') === 'each') {
    beforeEach(async () => {
      await wipe(db.driver, db.database);
    });
  }
  afterAll(async () => {
    await db.driver?.close();
  });
  return db;
}

// Test plumbing, not queries of the server: so here, not in cypher/.
const WIPE = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS';
const COUNT = 'MATCH (n) RETURN count(n) AS n';

/** Deletes every node and relationship; constraints and indexes stay. */
export async function wipe(driver: Driver, database?: string): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session(database ? { database } : {});
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
}

export async function countNodes(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(COUNT, {}, database ? { database } : {});
  return records[0]!.get('n') as number;
}
