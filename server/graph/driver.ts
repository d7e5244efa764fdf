// The Neo4j driver, made from the configuration in one place.
import neo4j, { type Driver, type ServerInfo } from 'neo4j-driver';
import { redactUri, type Neo4jConfig } from '../config.ts';

/**
 * Integers come back as JavaScript numbers (disableLosslessIntegers): every integer in the graph
 * is a count, an offset or an index, far below 2^53, and GraphQL and the client want plain numbers.
 */
export function createDriver(cfg: Neo4jConfig): Driver {
  const auth = cfg.user !== undefined ? neo4j.auth.basic(cfg.user, cfg.password ?? '') : undefined;
  return neo4j.driver(cfg.uri, auth, {
    disableLosslessIntegers: true,
    userAgent: 'isnad/0.1',
    // Fail a request in seconds when the database is gone, instead of the driver's 60 s.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
}

export interface ConnectOptions {
  /** How long to keep retrying while the server comes up (a cluster electing, Aura resuming). */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** A driver whose server answered, with that server's version; retries until timeoutMs. */
export async function connect(
  cfg: Neo4jConfig,
  opts: ConnectOptions = {},
): Promise<{ driver: Driver; server: ServerInfo }> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const driver = createDriver(cfg);
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  let announced = false;
  for (;;) {
    try {
      const server = await driver.getServerInfo(cfg.database ? { database: cfg.database } : {});
      return { driver, server };
    } catch (e) {
      const err = e as Error & { code?: string };
      // Wrong credentials or an unknown database do not get better by waiting.
      const hopeless = err.code?.startsWith('Neo.ClientError.') ?? false;
      if (hopeless || Date.now() + delay > deadline) {
        await driver.close();
        throw new Error(
          `cannot use Neo4j at ${redactUri(cfg.uri)}${cfg.database ? ` (database ${cfg.database})` : ''}: ` +
            `${err.code ? `${err.code}: ` : ''}${err.message}`,
          { cause: e },
        );
      }
      if (!announced) {
        opts.log?.(`waiting for Neo4j at ${redactUri(cfg.uri)} (${err.message.split('\n')[0]})`);
        announced = true;
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}
