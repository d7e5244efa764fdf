// Placing new neighbours on expand, and new path nodes between placed ones.
import { describe, expect, it } from 'vitest';
import { centroid, fanOut, fillGaps } from '../../client/src/state/placement.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('fanOut', () => {
  it('puts every new node at least the radius away, on the side away from the graph', () => {
    const anchor = { x: 100, y: 0 };
    const pts = fanOut(anchor, { x: 0, y: 0 }, 40, { radius: 100, spacing: 50 });
    expect(pts).toHaveLength(40);
    for (const p of pts) {
      expect(dist(p, anchor)).toBeGreaterThanOrEqual(99.9);
      expect(p.x).toBeGreaterThanOrEqual(anchor.x - 1e-6);
    }
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(dist(pts[i]!, pts[j]!)).toBeGreaterThan(20);
  });

  it('uses the whole circle when the anchor is alone', () => {
    const pts = fanOut({ x: 0, y: 0 }, null, 8, { radius: 100, spacing: 50 });
    const c = centroid(pts)!;
    expect(Math.abs(c.x) + Math.abs(c.y)).toBeLessThan(1e-6);
  });

  it('gives nothing for nothing', () => {
    expect(fanOut({ x: 0, y: 0 }, null, 0)).toEqual([]);
    expect(centroid([])).toBeNull();
  });
});

describe('fillGaps', () => {
  it('spreads missing points between placed ones, nudged off the line', () => {
    const out = fillGaps([{ x: 0, y: 0 }, null, null, { x: 300, y: 0 }])!;
    expect(out[0]).toEqual({ x: 0, y: 0 });
    expect(out[1]!.x).toBeCloseTo(100);
    expect(out[2]!.x).toBeCloseTo(200);
    expect(Math.abs(out[1]!.y)).toBeGreaterThan(0);
    expect(out[3]).toEqual({ x: 300, y: 0 });
  });

  it('continues past the last placed point, and gives up with none', () => {
    const out = fillGaps([{ x: 0, y: 0 }, null])!;
    expect(out[1]!.x).toBeGreaterThan(0);
    expect(fillGaps([null, null])).toBeNull();
  });
});
