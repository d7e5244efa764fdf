// The view as a JSON document: the elements as drawn (with positions), what is hidden, pinned
// and filtered, and the link that rebuilds it. Enough to reload the picture elsewhere.
import type { Position, GraphState } from './graph.ts';
import type { ViewState } from './url.ts';

export interface ExportDocument {
  format: 'isnad-view';
  version: 1;
  exportedAt: string;
  link: string;
  view: {
    layout: string;
    lang: string;
    selected: string | null;
    hidden: string[];
    pinned: Record<string, Position>;
    filters: {
      hiddenCategories: string[];
      hiddenQuads: number[];
      hiddenRoots: string[];
      from: string | null;
      to: string | null;
      undated: boolean;
    };
    path: { from: string; to: string; nodes: string[]; edges: string[] } | null;
  };
  elements: {
    nodes: { data: Record<string, unknown>; position?: Position }[];
    edges: { data: Record<string, unknown> }[];
  };
}

export function exportDocument(
  state: GraphState,
  view: ViewState,
  positions: Readonly<Record<string, Position>>,
  link: string,
  now: Date = new Date(),
): ExportDocument {
  const f = view.filters;
  return {
    format: 'isnad-view',
    version: 1,
    exportedAt: now.toISOString(),
    link,
    view: {
      layout: view.layout,
      lang: view.lang,
      selected: view.selected,
      hidden: [...state.hidden],
      pinned: Object.fromEntries(state.pinned),
      filters: {
        hiddenCategories: [...f.hiddenCategories],
        hiddenQuads: [...f.hiddenQuads],
        hiddenRoots: [...f.hiddenRoots],
        from: f.from,
        to: f.to,
        undated: f.undated,
      },
      path: state.path
        ? {
            from: state.path.from,
            to: state.path.to,
            nodes: [...state.path.nodes],
            edges: [...state.path.edges],
          }
        : null,
    },
    elements: {
      nodes: [...state.nodes.values()].map((d) => {
        const p = positions[d.id];
        return p ? { data: { ...d }, position: p } : { data: { ...d } };
      }),
      edges: [...state.edges.values()].map((d) => ({ data: { ...d } })),
    },
  };
}
