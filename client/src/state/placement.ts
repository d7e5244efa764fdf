// Where new neighbours appear when a node is expanded: fanned out around it, on the side away
// from the rest of the graph, in rings that widen with their number. Computed directly (no
// force simulation) so an expansion lands in one frame even in a graph of thousands of nodes.
import type { Position } from './graph.ts';

export interface FanOptions {
  /** Distance from the anchor to the first ring. */
  radius?: number;
  /** Space between neighbours along a ring. */
  spacing?: number;
}

export function fanOut(
  anchor: Position,
  away: Position | null,
  count: number,
  opts: FanOptions = {},
): Position[] {
  const radius = opts.radius ?? 110;
  const spacing = opts.spacing ?? 55;
  const dx = away ? anchor.x - away.x : 0;
  const dy = away ? anchor.y - away.y : 0;
  const outward = dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
  // Alone in the view, the whole circle is free; otherwise a half circle facing outwards.
  const arc = away === null || (dx === 0 && dy === 0) ? 2 * Math.PI : Math.PI;
  const out: Position[] = [];
  let ring = 0;
  while (out.length < count) {
    const r = radius + ring * spacing * 1.2;
    const fits = Math.max(1, Math.floor((arc * r) / spacing));
    const here = Math.min(fits, count - out.length);
    for (let i = 0; i < here; i++) {
      // Spread over the arc; a full circle must not put the last node on the first.
      const t = arc === 2 * Math.PI ? i / here : here === 1 ? 0.5 : i / (here - 1);
      const angle = outward - arc / 2 + t * arc;
      out.push({ x: anchor.x + r * Math.cos(angle), y: anchor.y + r * Math.sin(angle) });
    }
    ring++;
  }
  return out;
}

export function centroid(points: Iterable<Position>): Position | null {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
    n++;
  }
  return n === 0 ? null : { x: x / n, y: y / n };
}

/**
 * Positions for a chain of nodes of which only some are placed (a path whose middle is new):
 * each gap is filled evenly between the placed nodes around it, nudged sideways so the new
 * nodes do not sit on the straight edge between existing ones. A gap at either end continues
 * from the nearest placed node. Null only when no node of the chain is placed.
 */
export function fillGaps(points: readonly (Position | null)[], step = 90): Position[] | null {
  const known = points.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
  if (known.length === 0) return null;
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p) {
      out.push(p);
      continue;
    }
    const before = known.filter((k) => k < i).at(-1);
    const after = known.find((k) => k > i);
    if (before !== undefined && after !== undefined) {
      const a = points[before]!;
      const b = points[after]!;
      const t = (i - before) / (after - before);
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const bend = 40;
      out.push({
        x: a.x + (b.x - a.x) * t + (-(b.y - a.y) / len) * bend,
        y: a.y + (b.y - a.y) * t + ((b.x - a.x) / len) * bend,
      });
    } else {
      const k = (before ?? after)!;
      const dir = before !== undefined ? 1 : -1;
      const a = points[k]!;
      out.push({ x: a.x + dir * step * Math.abs(i - k), y: a.y + 30 * Math.abs(i - k) });
    }
  }
  return out;
}
