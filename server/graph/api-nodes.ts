// Nodes by global id, as plain records the GraphQL layer resolves fields from.
import type { Reader } from './api-reader.ts';

export type NodeKind = 'Actor' | 'Country' | 'Place' | 'Event' | 'Claim' | 'Article';

/** A node's properties (docs/graph-model.md) and its kind. */
export interface NodeRecord {
  id: string;
  kind: NodeKind;
  [property: string]: unknown;
}

const KINDS: NodeKind[] = ['Actor', 'Country', 'Place', 'Event', 'Claim', 'Article'];

const KIND_OF_PREFIX: Record<string, NodeKind> = {
  actor: 'Actor',
  country: 'Country',
  place: 'Place',
  event: 'Event',
  claim: 'Claim',
  article: 'Article',
};

/** The kind a node with this id has, from the id's prefix (docs/graph-model.md); null for an id
 * no node can have. */
export function kindOfId(id: string): NodeKind | null {
  const colon = id.indexOf(':');
  return colon > 0 ? (KIND_OF_PREFIX[id.slice(0, colon)] ?? null) : null;
}

/** The kind a node's labels name (an entity carries :Entity besides its own label). */
export function toNodeRecord(labels: string[], props: Record<string, unknown>): NodeRecord {
  const kind = KINDS.find((k) => labels.includes(k));
  if (kind === undefined)
    throw new Error(`node ${String(props.id)} has none of the labels ${KINDS.join(', ')}`);
  const record: NodeRecord = { ...props, id: String(props.id), kind };
  // Map projections in cypher/api/ null out what the API does not serve; drop those keys.
  for (const k of Object.keys(record)) if (record[k] === null) delete record[k];
  return record;
}

/** The nodes with these ids (all in one query); ids with no node are absent from the map. */
export async function nodesById(reader: Reader, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const rows = await reader.read<{ labels: string[]; props: Record<string, unknown> }>('api/nodes', {
    ids: [...new Set(ids)],
  });
  return new Map(
    rows.map((r) => {
      const n = toNodeRecord(r.labels, r.props);
      return [n.id, n];
    }),
  );
}

/** The full texts of these articles. */
export async function articleTexts(reader: Reader, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await reader.read<{ id: string; text: string }>('api/article-texts', {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((r) => [r.id, r.text]));
}
