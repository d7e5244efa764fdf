// What the view holds: the nodes and edges loaded so far and what the analyst did to them
// (expanded, paged, removed, hid, pinned, asked a path for). Pure: every operation returns a new
// state and leaves the old one intact, which is what undo and the URL replay rely on.
import type { EdgeData, Neighborhood, NodeData } from './elements.ts';

export interface Position {
  x: number;
  y: number;
}

/** Neighbours an expansion returned that are not shown yet, in the server's order (nearest, most
 * mentioned first), and how many more the server left out beyond its limit. */
export interface Pending {
  nodes: readonly NodeData[];
  omitted: number;
}

/**
 * The graph-changing steps, in order. Replaying them against the same database rebuilds the
 * same view, so they are what a shared URL carries (state/url.ts).
 */
export type Op =
  | { k: 'start'; id: string }
  | { k: 'expand'; id: string; pages: number }
  | { k: 'remove'; ids: readonly string[] }
  | { k: 'path'; from: string; to: string };

export interface PathView {
  from: string;
  to: string;
  /** Node and edge ids of the shortest path, in order; empty when none was found. */
  nodes: readonly string[];
  edges: readonly string[];
  /** Number of paths of that length or longer the server found. */
  found: number;
}

export interface GraphState {
  nodes: ReadonlyMap<string, NodeData>;
  edges: ReadonlyMap<string, EdgeData>;
  /** Edges already known whose other end is not in view: they come back with that end. */
  latent: ReadonlyMap<string, EdgeData>;
  pending: ReadonlyMap<string, Pending>;
  hidden: ReadonlySet<string>;
  pinned: ReadonlyMap<string, Position>;
  path: PathView | null;
  ops: readonly Op[];
}

export const EMPTY: GraphState = {
  nodes: new Map(),
  edges: new Map(),
  latent: new Map(),
  pending: new Map(),
  hidden: new Set(),
  pinned: new Map(),
  path: null,
  ops: [],
};

/** New neighbours shown per expansion step ("+N more" offers the rest). */
export const PAGE_SIZE = 30;

/**
 * Starts the view from one node's neighbourhood: everything the server returned. In a view that
 * already holds nodes (a second search), the neighbourhood joins them instead.
 */
export function start(nb: Neighborhood, state: GraphState = EMPTY): GraphState {
  const nodes = new Map(state.nodes);
  for (const n of nb.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const pending = new Map(state.pending);
  if (nb.omitted > 0) pending.set(nb.center, { nodes: [], omitted: nb.omitted });
  const ops: Op[] = [...state.ops, { k: 'start', id: nb.center }];
  return addEdges({ ...state, nodes, pending: dropShown(pending, nodes), ops }, nb.edges);
}

/**
 * Adds a neighbourhood around `nb.center` to the view: the centre if missing, then at most
 * `pages × pageSize` of the neighbours not in view yet; the others wait in `pending`.
 * Expanding a node again replaces what was pending for it.
 */
export function expand(state: GraphState, nb: Neighborhood, pages = 1, pageSize = PAGE_SIZE): GraphState {
  const nodes = new Map(state.nodes);
  const centre = nb.nodes.find((n) => n.id === nb.center);
  if (centre && !nodes.has(centre.id)) nodes.set(centre.id, centre);
  const fresh = nb.nodes.filter((n) => !nodes.has(n.id));
  const shown = fresh.slice(0, pages * pageSize);
  for (const n of shown) nodes.set(n.id, n);
  const pending = new Map(state.pending);
  const rest = fresh.slice(shown.length);
  if (rest.length > 0 || nb.omitted > 0) pending.set(nb.center, { nodes: rest, omitted: nb.omitted });
  else pending.delete(nb.center);
  const ops = withExpansion(state.ops, nb.center, pages);
  return addEdges({ ...state, nodes, pending: dropShown(pending, nodes), ops }, nb.edges);
}

/** Shows the next page of what an expansion left pending. */
export function showMore(state: GraphState, anchor: string, pageSize = PAGE_SIZE): GraphState {
  const p = state.pending.get(anchor);
  if (!p || p.nodes.length === 0) return state;
  const nodes = new Map(state.nodes);
  for (const n of p.nodes.slice(0, pageSize)) nodes.set(n.id, n);
  const pending = new Map(state.pending);
  const rest = p.nodes.slice(pageSize);
  if (rest.length > 0 || p.omitted > 0) pending.set(anchor, { nodes: rest, omitted: p.omitted });
  else pending.delete(anchor);
  const last = state.ops.findLast((o) => o.k === 'expand' && o.id === anchor);
  const pages = last?.k === 'expand' ? last.pages + 1 : 1;
  return promote({
    ...state,
    nodes,
    pending: dropShown(pending, nodes),
    ops: withExpansion(state.ops, anchor, pages),
  });
}

/** How many neighbours are waiting behind each anchor, and whether they are loaded already. */
export function moreCounts(state: GraphState): { anchor: string; loaded: number; omitted: number }[] {
  const out: { anchor: string; loaded: number; omitted: number }[] = [];
  for (const [anchor, p] of state.pending) {
    if (!state.nodes.has(anchor)) continue;
    out.push({ anchor, loaded: p.nodes.length, omitted: p.omitted });
  }
  return out;
}

/** Takes nodes out of the view; their edges are kept aside in case the nodes come back. */
export function remove(state: GraphState, ids: Iterable<string>): GraphState {
  const gone = new Set([...ids].filter((id) => state.nodes.has(id)));
  if (gone.size === 0) return state;
  const nodes = new Map(state.nodes);
  for (const id of gone) nodes.delete(id);
  const edges = new Map<string, EdgeData>();
  const latent = new Map(state.latent);
  for (const [id, e] of state.edges) {
    if (gone.has(e.source) || gone.has(e.target)) latent.set(id, e);
    else edges.set(id, e);
  }
  const pending = new Map([...state.pending].filter(([anchor]) => !gone.has(anchor)));
  const hidden = new Set([...state.hidden].filter((id) => !gone.has(id)));
  const pinned = new Map([...state.pinned].filter(([id]) => !gone.has(id)));
  const ops: Op[] = [...state.ops, { k: 'remove', ids: [...gone] }];
  return { ...state, nodes, edges, latent, pending, hidden, pinned, ops };
}

export function hide(state: GraphState, ids: Iterable<string>): GraphState {
  const hidden = new Set(state.hidden);
  for (const id of ids) if (state.nodes.has(id)) hidden.add(id);
  return hidden.size === state.hidden.size ? state : { ...state, hidden };
}

export function unhideAll(state: GraphState): GraphState {
  return state.hidden.size === 0 ? state : { ...state, hidden: new Set() };
}

export function pin(state: GraphState, id: string, at: Position): GraphState {
  if (!state.nodes.has(id)) return state;
  const pinned = new Map(state.pinned);
  pinned.set(id, { x: Math.round(at.x), y: Math.round(at.y) });
  return { ...state, pinned };
}

export function unpin(state: GraphState, id: string): GraphState {
  if (!state.pinned.has(id)) return state;
  const pinned = new Map(state.pinned);
  pinned.delete(id);
  return { ...state, pinned };
}

/** Adds the paths' elements and marks the first (shortest) one as the path to highlight. */
export function withPath(
  state: GraphState,
  from: string,
  to: string,
  paths: readonly { nodes: readonly NodeData[]; edges: readonly EdgeData[] }[],
): GraphState {
  const nodes = new Map(state.nodes);
  const edgesIn: EdgeData[] = [];
  for (const p of paths) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    edgesIn.push(...p.edges);
  }
  const first = paths[0];
  const path: PathView = {
    from,
    to,
    nodes: first ? first.nodes.map((n) => n.id) : [],
    edges: first ? first.edges.map((e) => e.id) : [],
    found: paths.length,
  };
  const hidden = new Set([...state.hidden].filter((id) => !path.nodes.includes(id)));
  const ops: Op[] = [...state.ops.filter((o) => o.k !== 'path'), { k: 'path', from, to }];
  return addEdges({ ...state, nodes, hidden, path, ops }, edgesIn);
}

export function clearPath(state: GraphState): GraphState {
  if (!state.path) return state;
  return { ...state, path: null, ops: state.ops.filter((o) => o.k !== 'path') };
}

/** Records `expand id` in the op log: a later page of the same expansion updates it in place. */
function withExpansion(ops: readonly Op[], id: string, pages: number): Op[] {
  const i = ops.findLastIndex((o) => o.k === 'expand' && o.id === id);
  // In place only while nothing that depends on order (a removal) came after it.
  if (i >= 0 && !ops.slice(i + 1).some((o) => o.k === 'remove')) {
    const out = [...ops];
    out[i] = { k: 'expand', id, pages };
    return out;
  }
  return [...ops, { k: 'expand', id, pages }];
}

function dropShown(
  pending: Map<string, Pending>,
  nodes: ReadonlyMap<string, NodeData>,
): Map<string, Pending> {
  for (const [anchor, p] of pending) {
    if (p.nodes.some((n) => nodes.has(n.id))) {
      const rest = p.nodes.filter((n) => !nodes.has(n.id));
      if (rest.length > 0 || p.omitted > 0) pending.set(anchor, { ...p, nodes: rest });
      else pending.delete(anchor);
    }
  }
  return pending;
}

/** Puts each edge in view when both its ends are, else aside (latent). */
function addEdges(state: GraphState, incoming: readonly EdgeData[]): GraphState {
  const latent = new Map(state.latent);
  for (const e of incoming) if (!state.edges.has(e.id)) latent.set(e.id, e);
  return promote({ ...state, latent });
}

function promote(state: GraphState): GraphState {
  let edges: Map<string, EdgeData> | null = null;
  let latent: Map<string, EdgeData> | null = null;
  for (const [id, e] of state.latent) {
    if (state.nodes.has(e.source) && state.nodes.has(e.target)) {
      edges ??= new Map(state.edges);
      latent ??= new Map(state.latent);
      edges.set(id, e);
      latent.delete(id);
    }
  }
  return edges && latent ? { ...state, edges, latent } : state;
}
