// Fitting a big view from what the explorer already knows (positions, sizes, label lines) rather
// than asking Cytoscape for the bounding box of every element, which styles and measures all of
// them first: at 2,000 nodes and 4,000 edges that measurement alone took over a second.
import type { Position } from './graph.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Node labels are drawn in 11 px type under the node (style.ts); these bound one line of it. */
const CHAR_WIDTH = 6.5;
const LINE_HEIGHT = 14;
const LABEL_GAP = 4;

/** The box a node and its label take: the label's lines centred under the node. */
export function nodeBox(at: Position, width: number, height: number, label: string): Box {
  const lines = label === '' ? [] : label.split('\n');
  const labelWidth = Math.max(0, ...lines.map((l) => l.length * CHAR_WIDTH));
  const half = Math.max(width, labelWidth) / 2;
  return {
    x1: at.x - half,
    x2: at.x + half,
    y1: at.y - height / 2,
    y2: at.y + height / 2 + (lines.length > 0 ? LABEL_GAP + lines.length * LINE_HEIGHT : 0),
  };
}

export function union(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes) {
    out = out
      ? {
          x1: Math.min(out.x1, b.x1),
          y1: Math.min(out.y1, b.y1),
          x2: Math.max(out.x2, b.x2),
          y2: Math.max(out.y2, b.y2),
        }
      : { ...b };
  }
  return out;
}

/**
 * The zoom and pan that show `box` whole and centred in a `width` × `height` canvas with
 * `padding` around it, the zoom held within [minZoom, maxZoom] (as Cytoscape's fit, whose pan
 * is the rendered position of the model origin).
 */
export function fitViewport(
  box: Box,
  width: number,
  height: number,
  opts: { padding?: number; minZoom?: number; maxZoom?: number } = {},
): { zoom: number; pan: Position } {
  const padding = opts.padding ?? 30;
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const fits = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(opts.maxZoom ?? Infinity, Math.max(opts.minZoom ?? 0, fits));
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  return { zoom, pan: { x: width / 2 - zoom * cx, y: height / 2 - zoom * cy } };
}

/**
 * Labels are drawn from the zoom at which they can be read (style.ts: node labels are 11 px
 * type shown from 7 px on screen, edge labels 9 px shown from 8 px). Below it, a big view labels
 * nothing: styling and measuring thousands of labels nobody could read is most of what Cytoscape
 * spends on a first render.
 */
export const NODE_LABEL_ZOOM = 7 / 11;
export const EDGE_LABEL_ZOOM = 8 / 9;

/**
 * The items to label: at a readable zoom (`readableFrom`), those whose anchor (a node's centre,
 * an edge's middle) is within `margin` of `extent`, the visible part of the model. The cost of
 * labels then follows what is on screen, not the size of the graph.
 */
export function inView(
  zoom: number,
  readableFrom: number,
  extent: Box,
  items: Iterable<{ id: string; at: Position }>,
  margin: number,
): string[] {
  if (zoom < readableFrom) return [];
  const out: string[] = [];
  for (const { id, at } of items) {
    if (
      at.x >= extent.x1 - margin &&
      at.x <= extent.x2 + margin &&
      at.y >= extent.y1 - margin &&
      at.y <= extent.y2 + margin
    )
      out.push(id);
  }
  return out;
}
