// Fitting a big view from known positions, and which labels a big view draws.
import { describe, expect, it } from 'vitest';
import { fitViewport, inView, nodeBox, union } from '../../client/src/state/viewport.ts';

describe('nodeBox', () => {
  it('is the node alone without a label', () => {
    expect(nodeBox({ x: 10, y: 20 }, 30, 40, '')).toEqual({ x1: -5, x2: 25, y1: 0, y2: 40 });
  });

  it('hangs the label lines below the node, as wide as the longest line when wider than the node', () => {
    const one = nodeBox({ x: 0, y: 0 }, 30, 30, 'Vladimir Putin');
    const two = nodeBox({ x: 0, y: 0 }, 30, 30, 'Vladimir Putin\nPresident');
    expect(one.y1).toBe(-15);
    expect(two.y2).toBeGreaterThan(one.y2);
    expect(one.x2 - one.x1).toBeGreaterThan(30);
    expect(two.x2 - two.x1).toBe(one.x2 - one.x1);
    expect(one.x1).toBe(-one.x2);
  });
});

describe('union', () => {
  it('is null for nothing and spans every box otherwise', () => {
    expect(union([])).toBeNull();
    expect(
      union([
        { x1: 0, y1: 0, x2: 1, y2: 1 },
        { x1: -5, y1: 2, x2: 0, y2: 9 },
      ]),
    ).toEqual({ x1: -5, y1: 0, x2: 1, y2: 9 });
  });
});

describe('fitViewport', () => {
  const canvas = { w: 1000, h: 500 };
  const rendered = (v: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
    x: v.zoom * x + v.pan.x,
    y: v.zoom * y + v.pan.y,
  });

  it('shows the whole box centred, within the padding', () => {
    const box = { x1: -2000, y1: -500, x2: 2000, y2: 1500 };
    const v = fitViewport(box, canvas.w, canvas.h, { padding: 20 });
    const a = rendered(v, box.x1, box.y1);
    const b = rendered(v, box.x2, box.y2);
    expect(a.x).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(a.y).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(b.x).toBeLessThanOrEqual(canvas.w - 20 + 1e-9);
    expect(b.y).toBeLessThanOrEqual(canvas.h - 20 + 1e-9);
    // One dimension fills the canvas between the paddings.
    expect(Math.min(a.x, a.y)).toBeCloseTo(20);
    expect((a.x + b.x) / 2).toBeCloseTo(canvas.w / 2);
    expect((a.y + b.y) / 2).toBeCloseTo(canvas.h / 2);
  });

  it('keeps the zoom within its bounds', () => {
    const tiny = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(fitViewport(tiny, canvas.w, canvas.h, { maxZoom: 1.25 }).zoom).toBe(1.25);
    const huge = { x1: 0, y1: 0, x2: 1e6, y2: 1e6 };
    expect(fitViewport(huge, canvas.w, canvas.h, { minZoom: 0.05 }).zoom).toBe(0.05);
    // Held at the minimum, the box's centre is still the canvas's.
    const v = fitViewport(huge, canvas.w, canvas.h, { minZoom: 0.05 });
    expect(rendered(v, 5e5, 5e5)).toEqual({ x: canvas.w / 2, y: canvas.h / 2 });
  });

  it('does not divide by zero for a single point', () => {
    const v = fitViewport({ x1: 3, y1: 3, x2: 3, y2: 3 }, canvas.w, canvas.h, { maxZoom: 2 });
    expect(v.zoom).toBe(2);
    expect(rendered(v, 3, 3)).toEqual({ x: canvas.w / 2, y: canvas.h / 2 });
  });
});

describe('inView', () => {
  const extent = { x1: 0, y1: 0, x2: 100, y2: 100 };
  const items = [
    { id: 'in', at: { x: 50, y: 50 } },
    { id: 'near', at: { x: 120, y: 50 } },
    { id: 'far', at: { x: 500, y: 50 } },
  ];

  it('names what lies in the extent or within the margin of it, at a readable zoom', () => {
    expect(inView(1, 0.5, extent, items, 30)).toEqual(['in', 'near']);
    expect(inView(1, 0.5, extent, items, 0)).toEqual(['in']);
  });

  it('names nothing, and reads nothing, below the readable zoom', () => {
    const untouchable: Iterable<{ id: string; at: { x: number; y: number } }> = {
      [Symbol.iterator]() {
        throw new Error('read');
      },
    };
    expect(inView(0.4, 0.5, extent, untouchable, 30)).toEqual([]);
  });
});
