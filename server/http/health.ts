// Whether the database answers, asked fresh on every call (a health check that caches lies).
import type { Driver } from 'neo4j-driver';
import { redactUri, type Neo4jConfig } from '../config.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  database: {
    reachable: boolean;
    uri: string;
    name: string | null;
    /** Neo4j's version, e.g. 5.26.29 (from the Bolt handshake). */
    version: string | null;
    latencyMs: number | null;
    error?: string;
  };
  uptimeSeconds: number;
}

const started = Date.now();

export async function checkHealth(driver: Driver, cfg: Neo4jConfig, timeoutMs = 5_000): Promise<Health> {
  const t0 = performance.now();
  const base = { uri: redactUri(cfg.uri), name: cfg.database ?? null };
  const uptimeSeconds = Math.round((Date.now() - started) / 1000);
  let timer: NodeJS.Timeout | undefined;
  try {
    const info = await Promise.race([
      driver.getServerInfo(cfg.database ? { database: cfg.database } : {}),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const version = /^Neo4j\/(\S+)/.exec(info.agent ?? '')?.[1] ?? info.agent ?? null;
    return {
      status: 'ok',
      database: { ...base, reachable: true, version, latencyMs: Math.round(performance.now() - t0) },
      uptimeSeconds,
    };
  } catch (e) {
    const err = e as Error & { code?: string };
    return {
      status: 'unavailable',
      database: {
        ...base,
        reachable: false,
        version: null,
        latencyMs: null,
        error: `${err.code ? `${err.code}: ` : ''}${err.message.split('\n')[0]}`,
      },
      uptimeSeconds,
    };
  } finally {
    clearTimeout(timer);
  }
}
