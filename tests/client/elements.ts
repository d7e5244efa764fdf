// Builders of graph elements for the client's unit tests, shaped as the API's `neighborhood`
// returns them (server/graphql/schema.graphql: GraphNodeData, GraphEdgeData).
import type { EdgeData, Neighborhood, NodeData, NodeType } from '../../client/src/state/elements.ts';

export function node(id: string, extra: Partial<NodeData> = {}): NodeData {
  const prefix = id.slice(0, id.indexOf(':'));
  const type = (
    {
      actor: 'ACTOR',
      country: 'COUNTRY',
      place: 'PLACE',
      event: 'EVENT',
      claim: 'CLAIM',
      article: 'ARTICLE',
    } as Record<string, NodeType>
  )[prefix]!;
  return { id, label: id.slice(id.indexOf(':') + 1), type, distance: 1, ...extra };
}

export function edge(source: string, type: string, target: string, extra: Partial<EdgeData> = {}): EdgeData {
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    type,
    label: type.toLowerCase(),
    count: 1,
    ...extra,
  };
}

/** A star: the centre, `n` events around it, each with the centre as SOURCE. */
export function star(
  center: string,
  n: number,
  opts: { omitted?: number; prefix?: string } = {},
): Neighborhood {
  const events = Array.from({ length: n }, (_, i) =>
    node(`event:${opts.prefix ?? 'e'}${String(i).padStart(4, '0')}`),
  );
  return {
    center,
    nodes: [node(center, { distance: 0 }), ...events],
    edges: events.map((e) => edge(e.id, 'SOURCE', center)),
    truncated: (opts.omitted ?? 0) > 0,
    omitted: opts.omitted ?? 0,
  };
}
