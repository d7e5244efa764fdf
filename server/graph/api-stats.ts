// Sizes of the graph and its most mentioned actors.
import type { Reader } from './api-reader.ts';
import { toNodeRecord, type NodeRecord } from './api-nodes.ts';

export interface KeyCount {
  key: string;
  count: number;
}

export interface GraphStats {
  articles: number;
  sentences: number;
  actors: number;
  countries: number;
  countriesMentioned: number;
  places: number;
  events: number;
  claims: number;
  entitiesByType: KeyCount[];
  articlesByLang: KeyCount[];
  eventsByQuadClass: KeyCount[];
}

export async function graphStats(reader: Reader): Promise<GraphStats> {
  const [row] = await reader.read<GraphStats>('api/stats');
  return row!;
}

export async function topActors(reader: Reader, limit: number): Promise<NodeRecord[]> {
  const rows = await reader.read<{ labels: string[]; props: Record<string, unknown> }>('api/top-actors', {
    limit,
  });
  return rows.map((r) => toNodeRecord(r.labels, r.props));
}
