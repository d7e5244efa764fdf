// Request-scoped DataLoaders: whatever the shape of a query, the nodes, lists and evidence its
// resolvers ask for in one tick go to the database as one query per kind of read. A request for
// 50 actors with their countries and claims costs a handful of queries, not 150.
import DataLoader from 'dataloader';
import type { Reader } from '../graph/api-reader.ts';
import { nodeEvidence, type EvidenceItem } from '../graph/api-evidence.ts';
import {
  claimDetails,
  eventDetails,
  eventReports,
  relatedPages,
  type ClaimDetails,
  type EventDetails,
  type EventReport,
  type ListPage,
  type Page,
  type Related,
} from '../graph/api-lists.ts';
import { articleTexts, nodesById, type NodeKind, type NodeRecord } from '../graph/api-nodes.ts';

export interface SentenceRecord {
  id: string;
  articleId: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

interface RelatedKey {
  related: Related;
  id: string;
  page: Page;
}

interface EvidenceKey {
  kind: NodeKind;
  id: string;
  page: Page;
}

/** Loads of many keys that share everything but the parent id become one query per group. */
function grouped<K extends { id: string }, V>(
  group: (k: K) => string,
  load: (sample: K, ids: string[]) => Promise<Map<string, V>>,
  empty: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const k of keys) {
        const g = group(k);
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups].map(async ([g, ks]) => {
          results.set(
            g,
            await load(
              ks[0]!,
              ks.map((k) => k.id),
            ),
          );
        }),
      );
      return keys.map((k) => results.get(group(k))!.get(k.id) ?? empty);
    },
    { cacheKeyFn: (k) => `${group(k)}\u0000${k.id}` },
  );
}

export function createLoaders(reader: Reader) {
  const byIds = <V>(load: (ids: string[]) => Promise<Map<string, V>>) =>
    new DataLoader<string, V | null>(async (ids) => {
      const found = await load([...ids]);
      return ids.map((id) => found.get(id) ?? null);
    });
  const pageKey = (p: Page) => `${p.skip}:${p.limit}`;
  return {
    node: byIds<NodeRecord>((ids) => nodesById(reader, ids)),
    articleText: byIds<string>((ids) => articleTexts(reader, ids)),
    sentence: byIds<SentenceRecord>(async (ids) => {
      const rows = await reader.read<SentenceRecord>('api/sentences', { ids });
      return new Map(rows.map((r) => [r.id, r]));
    }),
    claimDetails: byIds<ClaimDetails>((ids) => claimDetails(reader, ids)),
    eventDetails: byIds<EventDetails>((ids) => eventDetails(reader, ids)),
    eventReports: grouped<{ id: string; limit: number }, EventReport[]>(
      (k) => String(k.limit),
      (k, ids) => eventReports(reader, ids, k.limit),
      [],
    ),
    related: grouped<RelatedKey, ListPage<unknown>>(
      (k) => `${k.related}:${pageKey(k.page)}`,
      (k, ids) => relatedPages(reader, k.related, ids, k.page),
      { items: [], total: 0 },
    ),
    // Null for a node the query did not find.
    evidence: grouped<EvidenceKey, EvidenceItem[] | null>(
      // Entities of all three kinds share one query.
      (k) => `${['Actor', 'Country', 'Place'].includes(k.kind) ? 'Entity' : k.kind}:${pageKey(k.page)}`,
      (k, ids) => nodeEvidence(reader, k.kind, ids, k.page),
      null,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads nodes by id, dropping ids whose node is gone (deleted since the list was read). */
export async function loadNodes(loaders: Loaders, ids: readonly string[]): Promise<NodeRecord[]> {
  const nodes = await loaders.node.loadMany(ids);
  const failed = nodes.find((n) => n instanceof Error);
  if (failed) throw failed;
  return nodes.filter((n): n is NodeRecord => n !== null);
}
