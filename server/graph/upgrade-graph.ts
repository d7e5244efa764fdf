// Brings a graph written by an earlier version of Isnad up to the current model when a server or
// tool opens it, so that nobody has to run a migration by hand. Each step asks first whether it
// is needed, cheaply; a current graph is left alone.
import type { Driver } from 'neo4j-driver';
import { loadCypher } from './cypher.ts';

export async function upgradeGraph(driver: Driver, database?: string, log?: (message: string) => void): Promise<void> {
  const config = database ? { database } : {};
  const check = await driver.executeQuery(loadCypher('admin/affiliations-missing'), {}, config);
  if (check.records[0]?.get('missing') !== true) return;
  const t0 = performance.now();
  const res = await driver.executeQuery(loadCypher('admin/backfill-affiliations'), {}, config);
  log?.(`graph upgraded: ${res.records[0]?.get('affiliations')} AFFILIATION edges written (${Math.round(performance.now() - t0)} ms)`);
}
