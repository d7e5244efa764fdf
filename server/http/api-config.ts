// The API's settings from the environment (the database's are in server/config.ts).
import { ConfigError } from '../config.ts';

export interface ApiConfig {
  /** Bearer token that mutations need; when undefined, writes are allowed from loopback only. */
  writeToken: string | undefined;
  /** Origins allowed to call the API from a browser on another origin; '*' for any. Empty: none. */
  corsOrigins: string[];
  /** Time budget of one request's reads, in ms (each transaction gets what is left of it). */
  requestBudgetMs: number;
  /** Largest request body accepted, in bytes (an article of MAX_TEXT_CHARS in JSON fits). */
  maxBodyBytes: number;
  /** How long an answer to a query may be served again from memory, in ms; 0: never. Writes
   * through this server drop every cached answer; writes by other processes (npm run ingest)
   * show after at most this long. */
  cacheTtlMs: number;
  /** How much longer an expired answer may be served while one refresh of it runs, in ms. */
  cacheStaleMs: number;
}

type Env = Record<string, string | undefined>;

export function loadApiConfig(env: Env = process.env): ApiConfig {
  const token = env.ISNAD_WRITE_TOKEN?.trim();
  if (token !== undefined && token !== '' && token.length < 16) {
    throw new ConfigError('ISNAD_WRITE_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)');
  }
  return {
    writeToken: token === '' ? undefined : token,
    corsOrigins: (env.ISNAD_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter((s) => s !== ''),
    requestBudgetMs: positive(env, 'ISNAD_REQUEST_TIMEOUT_MS', 10_000),
    maxBodyBytes: positive(env, 'ISNAD_MAX_BODY_BYTES', 2 * 1024 * 1024),
    cacheTtlMs: positive(env, 'ISNAD_CACHE_TTL_MS', 5_000, true),
    cacheStaleMs: positive(env, 'ISNAD_CACHE_STALE_MS', 5_000, true),
  };
}

function positive(env: Env, name: string, fallback: number, zeroOk = false): number {
  const v = env[name]?.trim();
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v) || (Number(v) === 0 && !zeroOk)) {
    throw new ConfigError(
      `${name} must be a ${zeroOk ? 'whole number' : 'positive whole number'}, not '${v}'`,
    );
  }
  return Number(v);
}
