// Configuration from the environment, read in one place so that every entry point (npm start,
// the db:* scripts, the test setup) agrees on the same defaults and fails with the same messages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface HttpConfig {
  host: string;
  port: number;
}

export interface Neo4jConfig {
  uri: string;
  /** Undefined means no authentication (the local server runs with auth off, on loopback only). */
  user: string | undefined;
  password: string | undefined;
  /** Undefined means the server's default database. */
  database: string | undefined;
  /** True when NEO4J_URI names a server we did not start (Aura, a cluster, Docker...). */
  external: boolean;
}

export interface LocalNeo4jConfig {
  port: number;
  /** Absolute. Neo4j's home: data/, logs/, the pid file and launcher.log live here. */
  dataDir: string;
  /** JVM heap, as -Xmx takes it (e.g. 1g). */
  heap: string;
  /** Page cache, as Neo4j takes it (e.g. 256m). */
  pageCache: string;
}

export interface Config {
  http: HttpConfig;
  neo4j: Neo4jConfig;
  local: LocalNeo4jConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

export function loadConfig(env: Env = process.env): Config {
  const local: LocalNeo4jConfig = {
    port: portNumber(env, 'NEO4J_PORT', 7687),
    dataDir: path.resolve(value(env, 'NEO4J_DATA_DIR') ?? path.join(repoRoot, 'var', 'neo4j')),
    heap: memorySize(env, 'NEO4J_HEAP', '1g'),
    pageCache: memorySize(env, 'NEO4J_PAGECACHE', '256m'),
  };
  return {
    http: { host: value(env, 'HOST') ?? '127.0.0.1', port: portNumber(env, 'PORT', 4000, true) },
    neo4j: neo4jConfig(env, local),
    local,
  };
}

function neo4jConfig(env: Env, local: LocalNeo4jConfig): Neo4jConfig {
  const uri = value(env, 'NEO4J_URI');
  const user = value(env, 'NEO4J_USER');
  const password = value(env, 'NEO4J_PASSWORD');
  const database = value(env, 'NEO4J_DATABASE');
  if (uri === undefined) {
    if (user !== undefined || password !== undefined) {
      throw new ConfigError(
        'NEO4J_USER/NEO4J_PASSWORD are set but NEO4J_URI is not: the local Neo4j runs without authentication. ' +
          'Set NEO4J_URI to use another server, or unset the credentials.',
      );
    }
    return { uri: `bolt://127.0.0.1:${local.port}`, user, password, database, external: false };
  }
  let scheme: string;
  try {
    scheme = new URL(uri).protocol;
  } catch {
    throw new ConfigError(
      `NEO4J_URI is not a URI: '${uri}' (expected e.g. neo4j+s://xxxx.databases.neo4j.io)`,
    );
  }
  if (!NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI has scheme '${scheme}', expected one of ${NEO4J_SCHEMES.map((s) => s + '//').join(', ')}`,
    );
  }
  if (password !== undefined && user === undefined) {
    return { uri, user: 'neo4j', password, database, external: true };
  }
  if (user !== undefined && password === undefined) {
    throw new ConfigError('NEO4J_USER is set but NEO4J_PASSWORD is not');
  }
  return { uri, user, password, database, external: true };
}

/** Where a URI is shown (logs, /health), its credentials, if any were written into it, are not. */
export function redactUri(uri: string): string {
  try {
    const u = new URL(uri);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URI)';
  }
}

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function portNumber(env: Env, name: string, fallback: number, allowZero = false): number {
  const v = value(env, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535 || (n === 0 && !allowZero)) {
    throw new ConfigError(`${name} must be a port number (${allowZero ? 0 : 1}-65535), not '${v}'`);
  }
  return n;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const v = value(env, name);
  if (v === undefined) return fallback;
  if (!/^\d+[kmg]$/i.test(v)) {
    throw new ConfigError(`${name} must be a size like 512m or 1g, not '${v}'`);
  }
  return v.toLowerCase();
}
