// Dates of events and claims: the range the date slider spans, and the timeline strip's
// layout (where each dated node sits and on which lane, so markers of one day do not cover
// each other).
import type { NodeData } from './elements.ts';
import { isDated } from './filters.ts';

const DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date (a longer ISO string is cut to its date); null when invalid. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(t);
  // Date.UTC rolls 2024-02-31 over into March: such a date is not one.
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null;
  return Math.round(t / DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface Domain {
  min: string;
  max: string;
  /** max - min in days. */
  days: number;
}

/** The span of the dates of the dated nodes; null when none has a date. */
export function dateDomain(nodes: Iterable<NodeData>): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    if (!isDated(n) || !n.date) continue;
    const d = dayNumber(n.date);
    if (d === null) continue;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (lo === Infinity) return null;
  return { min: isoOfDay(lo), max: isoOfDay(hi), days: hi - lo };
}

export interface TimelineItem {
  id: string;
  date: string;
  /** 0 (left, oldest) to 1 (right, newest). */
  x: number;
  lane: number;
  node: NodeData;
}

/**
 * Places dated nodes along a strip: x by date within the domain, then lanes so that two markers
 * closer than `minGap` (a fraction of the width) do not overlap; at most `lanes` lanes, the
 * last one taking the overflow. Oldest first; same day by id, so the layout is stable.
 */
export function timelineItems(
  nodes: Iterable<NodeData>,
  domain: Domain,
  minGap = 0.012,
  lanes = 4,
): TimelineItem[] {
  const lo = dayNumber(domain.min)!;
  const span = Math.max(domain.days, 1);
  const items: TimelineItem[] = [];
  for (const n of nodes) {
    if (!isDated(n) || !n.date) continue;
    const d = dayNumber(n.date);
    if (d === null) continue;
    // A one-day domain puts everything in the middle rather than at the left edge.
    const x = domain.days === 0 ? 0.5 : Math.min(1, Math.max(0, (d - lo) / span));
    items.push({ id: n.id, date: isoOfDay(d), x, lane: 0, node: n });
  }
  items.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnd: number[] = Array.from({ length: lanes }, () => -Infinity);
  for (const it of items) {
    let lane = laneEnd.findIndex((end) => it.x - end >= minGap);
    if (lane < 0) lane = lanes - 1;
    it.lane = lane;
    laneEnd[lane] = it.x;
  }
  return items;
}
