// `npm start`: the local Neo4j (unless NEO4J_URI names another server), the schema, the HTTP server.
import { loadConfig, redactUri } from './config.ts';
import { connect } from './graph/driver.ts';
import { applySchema } from './graph/schema.ts';
import { upgradeGraph } from './graph/upgrade-graph.ts';
import { seedIfEmpty } from './graph/seed.ts';
import { createApp, listen } from './http/app.ts';
import { start as startLocalNeo4j, stop as stopLocalNeo4j } from '../tools/neo4j/control.ts';

const log = (message: string) => console.log(`[isnad] ${message}`);

async function main(): Promise<void> {
  const config = loadConfig();
  // What this process started, and so must stop: a database someone else started (db:start)
  // outlives us.
  const cleanups: (() => Promise<unknown>)[] = [];
  const shutdown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => console.error(e));
  };
  try {
    if (config.neo4j.external) {
      log(`using Neo4j at ${redactUri(config.neo4j.uri)} (NEO4J_URI)`);
    } else {
      const db = await startLocalNeo4j(config.local, { attached: true, log });
      if (db.started) {
        log(
          `local Neo4j ready on ${db.uri} in ${(db.ms / 1000).toFixed(1)} s (data in ${config.local.dataDir})`,
        );
        cleanups.push(() => stopLocalNeo4j(config.local));
      } else {
        log(`using the local Neo4j already running on ${db.uri} (pid ${db.pid})`);
      }
    }
    const { driver, server: info } = await connect(config.neo4j, { log });
    cleanups.push(() => driver.close());
    const schema = await applySchema(driver, config.neo4j.database);
    log(`${info.agent ?? 'Neo4j'}: schema applied (${schema.statements} statements, ${schema.ms} ms)`);
    await upgradeGraph(driver, config.neo4j.database, log);
    await seedIfEmpty(driver, { database: config.neo4j.database, log });

    const server = createApp({ driver, neo4j: config.neo4j });
    const address = await listen(server, config.http.host, config.http.port);
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    log(`listening on http://${host}:${address.port} (GraphQL /graphql, health /health)`);
  } catch (e) {
    await shutdown();
    throw e;
  }

  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      log(`${sig}: stopping`);
      void shutdown().then(() => process.exit(0));
    });
  }
}

main().catch((e: unknown) => {
  console.error(`[isnad] error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
