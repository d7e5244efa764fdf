// Evidence: the sentences a node or an edge came from, with the spans to highlight in them.
// Every edge carries (articleId, sentence), which names one Sentence (docs/graph-model.md).
import type { Reader } from './api-reader.ts';
import type { Page } from './api-lists.ts';
import { toNodeRecord, type NodeKind, type NodeRecord } from './api-nodes.ts';

export interface Highlight {
  /** Offsets in the sentence, not in the article. */
  start: number;
  end: number;
  text: string;
  nodeId: string | null;
}

export interface EvidenceItem {
  /** The sentence's id, `<articleId>#<index>`. */
  id: string;
  articleId: string;
  index: number;
  text: string;
  /** The sentence's offsets in the article. */
  start: number;
  end: number;
  highlights: Highlight[];
  rule: string | null;
  confidence: number | null;
  relations: string[];
  /** The sentence's article, read in the same query (what the explorer shows with a sentence). */
  article: NodeRecord;
}

type Row = Omit<EvidenceItem, 'article'> & { article: Record<string, unknown> };

function withArticles(items: Row[]): EvidenceItem[] {
  return items.map((i) => ({ ...i, article: toNodeRecord(['Article'], i.article) }));
}

const NODE_QUERIES: Record<NodeKind, string> = {
  Actor: 'api/evidence-entity',
  Country: 'api/evidence-entity',
  Place: 'api/evidence-entity',
  Event: 'api/evidence-event',
  Claim: 'api/evidence-claim',
  Article: 'api/evidence-article',
};

/** One page of evidence for each node, all of one kind (one query). */
export async function nodeEvidence(
  reader: Reader,
  kind: NodeKind,
  ids: readonly string[],
  page: Page,
): Promise<Map<string, EvidenceItem[]>> {
  const rows = await reader.read<{ id: string; items: Row[] }>(NODE_QUERIES[kind], {
    ids: [...new Set(ids)],
    ...page,
  });
  return new Map(rows.map((r) => [r.id, withArticles(r.items)]));
}

/** A sentence is its own evidence: a page of one item, or none when there is no such sentence. */
export async function sentenceEvidence(reader: Reader, id: string, page: Page): Promise<EvidenceItem[]> {
  const [row] = await reader.read<{ items: Row[] }>('api/evidence-sentence', { id, ...page });
  return withArticles(row?.items ?? []);
}

/** Relationship types an edge id may name: those the API shows as edges. */
export const EDGE_TYPES = [
  'SOURCE',
  'TARGET',
  'AT',
  'SAID_BY',
  'VIA',
  'ABOUT',
  'AFFILIATED_WITH',
  'REPORTED_IN',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface EdgeRef {
  from: string;
  type: EdgeType;
  to: string;
}

export function edgeId(e: EdgeRef): string {
  return `${e.from}|${e.type}|${e.to}`;
}

/** `<from>|<TYPE>|<to>` back into its parts; null when it is not an edge id. */
export function parseEdgeId(id: string): EdgeRef | null {
  const parts = id.split('|');
  if (parts.length !== 3) return null;
  const [from, type, to] = parts as [string, string, string];
  if (from === '' || to === '' || !(EDGE_TYPES as readonly string[]).includes(type)) return null;
  return { from, type: type as EdgeType, to };
}

/** A page of the sentences behind an edge, one per article (and sentence) that asserts it. */
export async function edgeEvidence(reader: Reader, edge: EdgeRef, page: Page): Promise<EvidenceItem[]> {
  const [row] = await reader.read<{ items: Row[] }>('api/evidence-edge', { ...edge, ...page });
  return withArticles(row?.items ?? []);
}
