// The graph around a node and the paths between two, as Cytoscape.js elements
// ({data: {...}}), which the explorer adds to its view as they come.
import type { Reader } from './api-reader.ts';
import { edgeId, type EdgeType } from './api-evidence.ts';
import type { NodeKind } from './api-nodes.ts';

export type GraphNodeType = 'ACTOR' | 'COUNTRY' | 'PLACE' | 'EVENT' | 'CLAIM' | 'ARTICLE';

const KIND_OF: Record<GraphNodeType, NodeKind> = {
  ACTOR: 'Actor',
  COUNTRY: 'Country',
  PLACE: 'Place',
  EVENT: 'Event',
  CLAIM: 'Claim',
  ARTICLE: 'Article',
};
const TYPE_OF = Object.fromEntries(Object.entries(KIND_OF).map(([t, k]) => [k, t])) as Record<
  NodeKind,
  GraphNodeType
>;

/** What the explorer shows unless told otherwise: articles would tie everything to everything. */
export const DEFAULT_TYPES: GraphNodeType[] = ['ACTOR', 'COUNTRY', 'PLACE', 'EVENT', 'CLAIM'];

export interface GraphNodeData {
  id: string;
  label: string;
  type: GraphNodeType;
  distance: number;
  /** Relationships of this node to nodes of the kinds asked for that are not shown. */
  hidden: number;
  [property: string]: unknown;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  type: EdgeType;
  rule: string | null;
  confidence: number | null;
  articleId: string | null;
  sentence: string | null;
  sentenceIndex: number | null;
  order: number | null;
  count: number;
}

export interface Elements {
  nodes: { data: GraphNodeData }[];
  edges: { data: GraphEdgeData }[];
}

export interface NeighborhoodResult extends Elements {
  center: string;
  truncated: boolean;
  omitted: number;
  omittedEdges: number;
}

const EDGE_LABELS: Record<EdgeType, string> = {
  SOURCE: 'source',
  TARGET: 'target',
  AT: 'at',
  SAID_BY: 'said by',
  VIA: 'via',
  ABOUT: 'about',
  AFFILIATED_WITH: 'affiliated with',
  REPORTED_IN: 'reported in',
};

// Shares of the node budget per level, nearest first: a depth-2 view of a busy actor keeps
// room for who it met (level 2), not only for its thousands of meetings (level 1). What a
// level leaves unused goes to the next, and at the end back to the nearest levels.
const LEVEL_SHARES: Record<number, number[]> = { 1: [1], 2: [0.5, 0.5], 3: [0.4, 0.3, 0.3] };
/** Candidates read per kept node, as a multiple of what could be kept from it: enough to
 * choose well, bounded whatever the node's degree. */
const SAMPLE_FACTOR = 2;
/** Outgoing relationships read per node to find its edges (see neighborhood-elements.cypher). */
export const EDGE_SAMPLE = 20;
const MIN_SAMPLE = 8;
/** Affiliations read per node at least (see neighborhood-level.cypher): an actor's newest
 * name its country. */
const MIN_AFFILIATIONS = 16;

/**
 * Nodes within `depth` hops of `center` through the kinds in `types`, at most `limit` of them
 * (the centre included), nearest and best connected first; null when there is no such node.
 */
export async function neighborhood(
  reader: Reader,
  center: string,
  opts: {
    depth: number;
    types: readonly GraphNodeType[];
    limit: number;
    /** Whether to read each edge's sentence (most of the answer's bytes). */
    sentences?: boolean;
    /** Whether every node's `hidden` (and so omittedEdges) is wanted, not only those inside
     * the depth that `omitted` counts. */
    allHidden?: boolean;
  },
): Promise<NeighborhoodResult | null> {
  const kinds = opts.types.map((t) => KIND_OF[t]);
  const distance = new Map<string, number>([[center, 0]]);
  const known = new Set<string>([center]);
  let frontier = [center];
  let budget = opts.limit - 1;
  // Candidates of each level that did not fit its share, best first, for the final backfill.
  const spare: { id: string; level: number }[][] = [];
  const shares = LEVEL_SHARES[opts.depth]!;
  for (let level = 1; level <= opts.depth && frontier.length > 0 && budget > 0; level++) {
    const last = level === opts.depth;
    const restShare = shares.slice(level - 1).reduce((a, b) => a + b, 0);
    const allowance = last ? budget : Math.ceil((budget * shares[level - 1]!) / restShare);
    const sample = Math.max(MIN_SAMPLE, Math.ceil((SAMPLE_FACTOR * budget) / frontier.length));
    const [row] = await reader.read<{ found: string[] }>('api/neighborhood-level', {
      frontier,
      known: [...known],
      kinds,
      sample,
      affiliations: Math.max(MIN_AFFILIATIONS, sample),
    });
    if (row === undefined) break;
    for (const id of row.found) known.add(id);
    const top = row.found.slice(0, budget);
    const kept = top.slice(0, allowance);
    for (const id of kept) distance.set(id, level);
    spare.push(top.slice(allowance).map((id) => ({ id, level })));
    budget -= kept.length;
    frontier = kept;
  }
  for (const level of spare) {
    for (const c of level) {
      if (budget <= 0) break;
      distance.set(c.id, c.level);
      budget -= 1;
    }
  }
  const ids = [...distance.keys()];
  const elements = await elementsOf(reader, ids, kinds, distance, {
    edges: true,
    sentences: opts.sentences ?? true,
    degrees: opts.allHidden === false ? ids.filter((id) => distance.get(id)! < opts.depth) : ids,
  });
  if (elements === null) return null;
  // Connections cut by the limit: those of nodes inside the depth. Those of the outermost
  // nodes lead beyond the depth asked for, and count only in omittedEdges.
  const omitted = elements.nodes.reduce(
    (n, { data }) => n + (data.distance < opts.depth ? (data.hidden as number) : 0),
    0,
  );
  return {
    center,
    nodes: elements.nodes,
    edges: elements.edges,
    truncated: omitted > 0,
    omitted,
    omittedEdges: elements.nodes.reduce((n, { data }) => n + (data.hidden as number), 0),
  };
}

/** An edge as neighborhood-elements.cypher lists it, from the row's node. */
type EdgeRow = [
  target: string,
  type: EdgeType,
  rule: string | null,
  confidence: number | null,
  articleId: string | null,
  sentenceIndex: number | null,
  order: number | null,
  count: number,
  sentence: string | null,
];

interface ElementRow {
  kind: NodeKind;
  props: Record<string, unknown>;
  edges: EdgeRow[];
  /** Relationship counts in the order of DEGREES. */
  degrees: number[] | null;
}

/** The relationship counts of neighborhood-elements.cypher, by type and direction, in order. */
const DEGREES = [
  'SOURCE_in',
  'SOURCE_out',
  'TARGET_in',
  'TARGET_out',
  'AT_in',
  'AT_out',
  'SAID_BY_in',
  'SAID_BY_out',
  'VIA_in',
  'VIA_out',
  'ABOUT_in',
  'ABOUT_out',
  'AFFILIATED_WITH_in',
  'AFFILIATED_WITH_out',
  'REPORTED_IN_in',
  'REPORTED_IN_out',
] as const;

const ENTITY_KINDS: NodeKind[] = ['Actor', 'Country', 'Place'];

/** Which kinds of node each relationship type and direction leads to, from an entity. */
const FROM_ENTITY: Record<string, NodeKind[]> = {
  SOURCE_in: ['Event'],
  TARGET_in: ['Event'],
  AT_in: ['Event'],
  SAID_BY_in: ['Claim'],
  VIA_in: ['Claim'],
  ABOUT_in: ['Claim'],
  AFFILIATED_WITH_out: ['Country'],
  AFFILIATED_WITH_in: ['Actor', 'Place'],
};

/** The same from each kind of node. */
const LEADS_TO: Record<NodeKind, Record<string, NodeKind[]>> = {
  Actor: FROM_ENTITY,
  Country: FROM_ENTITY,
  Place: FROM_ENTITY,
  Event: {
    SOURCE_out: ENTITY_KINDS,
    TARGET_out: ENTITY_KINDS,
    AT_out: ['Country', 'Place'],
    REPORTED_IN_out: ['Article'],
  },
  Claim: {
    SAID_BY_out: ENTITY_KINDS,
    VIA_out: ENTITY_KINDS,
    ABOUT_out: ENTITY_KINDS,
    REPORTED_IN_out: ['Article'],
  },
  Article: { REPORTED_IN_in: ['Event', 'Claim'] },
};

/** The nodes with these ids and the edges between them; null when the first id has no node.
 * Each node's `hidden` is how many of its relationships, to kinds in `kinds`, are not shown. */
async function elementsOf(
  reader: Reader,
  ids: string[],
  kinds: NodeKind[],
  distance: Map<string, number>,
  want: { edges: boolean; sentences: boolean; degrees: string[] },
): Promise<Elements | null> {
  const rows = await reader.read<ElementRow>('api/neighborhood-elements', {
    ids,
    edgeSample: EDGE_SAMPLE,
    withEdges: want.edges,
    withSentences: want.sentences,
    degreeIds: want.degrees,
  });
  const byId = new Map(rows.map((r) => [String(r.props.id), r]));
  const center = byId.get(ids[0]!);
  if (center === undefined) return null;
  // The centre's own kind counts even when not asked for: edges to it are shown.
  const counted = new Set([...kinds, center.kind]);
  const shown = new Map<string, number>();
  const edges: { data: GraphEdgeData }[] = [];
  for (const id of ids) {
    for (const [target, type, rule, confidence, articleId, sentenceIndex, order, count, sentence] of byId.get(id)
      ?.edges ?? []) {
      shown.set(id, (shown.get(id) ?? 0) + count);
      shown.set(target, (shown.get(target) ?? 0) + count);
      edges.push({
        data: edgeData({ source: id, target, type, rule, confidence, articleId, sentenceIndex, order, count, sentence }),
      });
    }
  }
  const nodes: { data: GraphNodeData }[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row === undefined) continue;
    let degree = 0;
    if (row.degrees !== null) {
      const leads = LEADS_TO[row.kind];
      DEGREES.forEach((key, i) => {
        if (leads[key]?.some((k) => counted.has(k))) degree += row.degrees![i]!;
      });
    }
    // Nodes whose degrees were not read count none hidden.
    const hidden = row.degrees === null ? 0 : Math.max(0, degree - (shown.get(id) ?? 0));
    nodes.push({ data: nodeData(row.kind, row.props, distance.get(id) ?? 0, hidden) });
  }
  return { nodes, edges };
}

const CLAIM_LABEL_LENGTH = 80;

function nodeData(
  kind: NodeKind,
  props: Record<string, unknown>,
  distance: number,
  hidden: number,
): GraphNodeData {
  const p = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)) as Record<
    string,
    unknown
  >;
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
  let label: string;
  switch (kind) {
    case 'Event':
      label = str('label') ?? str('code') ?? String(p.id);
      break;
    case 'Claim': {
      const text = str('text') ?? '';
      label = text.length > CLAIM_LABEL_LENGTH ? `${text.slice(0, CLAIM_LABEL_LENGTH - 1)}…` : text;
      break;
    }
    case 'Article':
      label = str('title') ?? str('source') ?? String(p.id);
      break;
    default:
      label = str('nameEn') ?? str('name') ?? String(p.id);
  }
  const { type: entityType, text: _text, publishedDate, ...rest } = p;
  return {
    ...rest,
    ...(kind === 'Article' && publishedDate !== undefined ? { date: publishedDate } : {}),
    ...(kind === 'Country' ? { country: p.code } : {}),
    ...(entityType !== undefined ? { entityType } : {}),
    id: String(p.id),
    label,
    type: TYPE_OF[kind],
    distance,
    hidden,
  };
}

export interface PathsResult {
  paths: (Elements & { length: number })[];
  length: number | null;
}

/** The shortest paths (at most `first`, each at most `maxLength` hops) between two nodes; none
 * when either does not exist. Each node's `hidden` is read only when `hidden` is asked for. */
export async function shortestPaths(
  reader: Reader,
  from: string,
  to: string,
  opts: { maxLength: number; first: number; hidden?: boolean; sentences?: boolean },
): Promise<PathsResult> {
  type Step = Omit<GraphEdgeData, 'id' | 'label'>;
  const rows = await reader.read<{ nodes: Pick<ElementRow, 'kind' | 'props'>[]; rels: Step[] }>('api/paths', {
    from,
    to,
    maxLength: opts.maxLength,
    first: opts.first,
    edgeSample: EDGE_SAMPLE,
    withSentences: opts.sentences ?? true,
  });
  if (rows.length === 0) return { paths: [], length: null };
  let hidden = new Map<string, number>();
  if (opts.hidden !== false) {
    const ids = [...new Set(rows.flatMap((r) => r.nodes.map((n) => String(n.props.id))))];
    const all = await elementsOf(
      reader,
      ids,
      DEFAULT_TYPES.map((t) => KIND_OF[t]),
      new Map(),
      { edges: false, sentences: false, degrees: ids },
    );
    hidden = new Map(all?.nodes.map((n) => [n.data.id, n.data.hidden]) ?? []);
    // What the paths show of each node's relationships is no longer hidden.
    const seen = new Set<string>();
    for (const step of rows.flatMap((r) => r.rels)) {
      const id = edgeId({ from: step.source, type: step.type, to: step.target });
      if (seen.has(id)) continue;
      seen.add(id);
      for (const end of [step.source, step.target]) hidden.set(end, (hidden.get(end) ?? 0) - step.count);
    }
  }
  const paths = rows.map((r) => ({
    length: r.rels.length,
    nodes: r.nodes.map((n, i) => ({
      data: nodeData(n.kind, n.props, i, Math.max(0, hidden.get(String(n.props.id)) ?? 0)),
    })),
    edges: r.rels.map((step) => ({ data: edgeData(step) })),
  }));
  return { paths, length: paths[0]!.length };
}

/** An edge as Cytoscape.js reads it, from a relationship's ends, type and provenance. */
function edgeData(e: Omit<GraphEdgeData, 'id' | 'label'>): GraphEdgeData {
  return {
    id: edgeId({ from: e.source, type: e.type, to: e.target }),
    source: e.source,
    target: e.target,
    label: e.type === 'VIA' && e.order != null ? `via ${e.order + 1}` : EDGE_LABELS[e.type],
    type: e.type,
    rule: e.rule ?? null,
    confidence: e.confidence ?? null,
    articleId: e.articleId ?? null,
    sentence: e.sentence ?? null,
    sentenceIndex: e.sentenceIndex ?? null,
    order: e.order ?? null,
    count: e.count,
  };
}
