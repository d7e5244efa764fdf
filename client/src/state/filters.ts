// Which nodes the filters let through: kinds of node, CAMEO quad classes and root codes of
// events, and a date range over events and claims (the only nodes with a date).
import { categoryOf, type Category, type NodeData } from './elements.ts';
import type { GraphState } from './graph.ts';

export type QuadClass = 1 | 2 | 3 | 4;

export interface Filters {
  /** Categories switched off. */
  hiddenCategories: ReadonlySet<Category>;
  /** Quad classes switched off (events only). */
  hiddenQuads: ReadonlySet<QuadClass>;
  /** CAMEO root codes ("01".."20") switched off (events only). */
  hiddenRoots: ReadonlySet<string>;
  /** Inclusive bounds, YYYY-MM-DD; null is open. */
  from: string | null;
  to: string | null;
  /** Whether events and claims without a date stay visible while a range is set. */
  undated: boolean;
}

export const NO_FILTERS: Filters = {
  hiddenCategories: new Set(),
  hiddenQuads: new Set(),
  hiddenRoots: new Set(),
  from: null,
  to: null,
  undated: true,
};

export function isActive(f: Filters): boolean {
  return (
    f.hiddenCategories.size > 0 ||
    f.hiddenQuads.size > 0 ||
    f.hiddenRoots.size > 0 ||
    f.from !== null ||
    f.to !== null
  );
}

export const isDated = (n: NodeData): boolean => n.type === 'EVENT' || n.type === 'CLAIM';

/** CAMEO root: the first two digits of the code. */
export function rootOf(code: string | null | undefined): string | null {
  return code && /^\d{2}/u.test(code) ? code.slice(0, 2) : null;
}

export function passes(n: NodeData, f: Filters): boolean {
  if (f.hiddenCategories.has(categoryOf(n))) return false;
  if (n.type === 'EVENT') {
    if (n.quadClass != null && f.hiddenQuads.has(n.quadClass as QuadClass)) return false;
    const root = rootOf(n.code);
    if (root !== null && f.hiddenRoots.has(root)) return false;
  }
  if (isDated(n) && (f.from !== null || f.to !== null)) {
    const d = n.date?.slice(0, 10);
    if (!d) return f.undated;
    if (f.from !== null && d < f.from) return false;
    if (f.to !== null && d > f.to) return false;
  }
  return true;
}

/** Ids of the nodes in view that the filters take out (edges go with their ends). */
export function filteredOut(state: GraphState, f: Filters): Set<string> {
  const out = new Set<string>();
  if (!isActive(f)) return out;
  for (const n of state.nodes.values()) if (!passes(n, f)) out.add(n.id);
  return out;
}

export function toggle<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.delete(value);
  else next.add(value);
  return next;
}

/** Counts per category, quad class and root of the nodes in view, for the filter panel. */
export function facetCounts(nodes: Iterable<NodeData>): {
  categories: Map<Category, number>;
  quads: Map<QuadClass, number>;
  roots: Map<string, number>;
} {
  const categories = new Map<Category, number>();
  const quads = new Map<QuadClass, number>();
  const roots = new Map<string, number>();
  for (const n of nodes) {
    const c = categoryOf(n);
    categories.set(c, (categories.get(c) ?? 0) + 1);
    if (n.type === 'EVENT') {
      if (n.quadClass != null)
        quads.set(n.quadClass as QuadClass, (quads.get(n.quadClass as QuadClass) ?? 0) + 1);
      const r = rootOf(n.code);
      if (r) roots.set(r, (roots.get(r) ?? 0) + 1);
    }
  }
  return { categories, quads, roots };
}
