// Evidence for what the graph shows: the sentences a node or an edge came from.
import type { Driver } from 'neo4j-driver';
import { loadCypher } from './cypher.ts';
import { plain } from './values.ts';

export interface EvidenceSentence {
  id: string;
  articleId: string;
  index: number;
  text: string;
  start: number;
  end: number;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

async function read(driver: Driver, name: string, params: Record<string, unknown>, database?: string) {
  const res = await driver.executeQuery(loadCypher(name), params, { routing: 'READ', ...(database ? { database } : {}) });
  return res.records.map((r) => plain(r.toObject()) as unknown as EvidenceSentence);
}

/** Sentences behind a node (entity, event, claim, article or sentence), newest article first. */
export function nodeSentences(driver: Driver, id: string, opts: { limit?: number; database?: string } = {}) {
  return read(driver, 'provenance/node-sentences', { id, limit: opts.limit ?? 50 }, opts.database);
}

/** Sentences behind the edge `(from)-[type]->(to)`, one per article that asserts it. */
export function edgeSentences(
  driver: Driver,
  edge: { from: string; type: string; to: string; articleId?: string },
  opts: { limit?: number; database?: string } = {},
) {
  return read(
    driver,
    'provenance/edge-sentences',
    { from: edge.from, type: edge.type, to: edge.to, articleId: edge.articleId ?? null, limit: opts.limit ?? 50 },
    opts.database,
  );
}
