// Vitest global setup of the `db` project: one Neo4j for the whole run. NEO4J_URI set: that
// server (it must be empty, or ISNAD_TEST_WIPE_OK=1, because tests wipe it). Otherwise a fresh
// local Neo4j on a free port in a temp folder, stopped and deleted afterwards; its stdin is tied
// to this process, so a killed test run does not leave it behind.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, redactUri, type LocalNeo4jConfig, type Neo4jConfig } from '../../server/config.ts';
import { connect } from '../../server/graph/driver.ts';
import { applySchema } from '../../server/graph/schema.ts';
import { freePort, start, stop } from '../../tools/neo4j/control.ts';
import { countNodes } from './db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { config: Neo4jConfig; local: LocalNeo4jConfig | null };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let local: LocalNeo4jConfig | null = null;
  let neo4jConfig = config.neo4j;
  if (!config.neo4j.external) {
    local = {
      ...config.local,
      port: await freePort(),
      dataDir: await fs.mkdtemp(path.join(os.tmpdir(), 'isnad-test-neo4j-')),
    };
    const started = await start(local, { attached: true, log: (m) => console.log(`[test neo4j] ${m}`) });
    console.log(
      `[test neo4j] ready on ${started.uri} in ${(started.ms / 1000).toFixed(1)} s (${local.dataDir})`,
    );
    neo4jConfig = { ...config.neo4j, uri: started.uri };
  }
  const teardown = async () => {
    if (local === null) return;
    await stop(local);
    await fs.rm(local.dataDir, { recursive: true, force: true });
  };
  try {
    const { driver } = await connect(neo4jConfig);
    try {
      if (neo4jConfig.external && process.env.ISNAD_TEST_WIPE_OK !== '1') {
        const n = await countNodes(driver, neo4jConfig.database);
        if (n > 0) {
          throw new Error(
            `the tests wipe the database at NEO4J_URI (${redactUri(neo4jConfig.uri)}), which holds ${n} nodes. ` +
              'Point NEO4J_URI at an empty database, or set ISNAD_TEST_WIPE_OK=1 if losing them is fine.',
          );
        }
      }
      await applySchema(driver, neo4jConfig.database);
    } finally {
      await driver.close();
    }
  } catch (e) {
    await teardown();
    throw e;
  }
  project.provide('neo4j', { config: neo4jConfig, local });
  return teardown;
}
