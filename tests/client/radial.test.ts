// The radial layout for big neighbourhoods: every node placed, the centre in the middle,
// neighbours by rings, nobody on top of anybody on a ring, other components set apart.
import { describe, expect, it } from 'vitest';
import { radialLayout } from '../../client/src/state/radial.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** A centre with `hubs` neighbours, each with `leaves` leaves of its own. */
function tree(hubs: number, leaves: number) {
  const nodes = ['c'];
  const edges: [string, string][] = [];
  for (let h = 0; h < hubs; h++) {
    nodes.push(`h${h}`);
    edges.push(['c', `h${h}`]);
    for (let l = 0; l < leaves; l++) {
      nodes.push(`h${h}l${l}`);
      edges.push([`h${h}l${l}`, `h${h}`]);
    }
  }
  return { nodes, edges };
}

describe('radialLayout', () => {
  it('puts the centre in the middle and each depth on a wider ring', () => {
    const { nodes, edges } = tree(5, 8);
    const at = radialLayout(nodes, edges, ['c']);
    expect(at.size).toBe(nodes.length);
    expect(at.get('c')).toEqual({ x: 0, y: 0 });
    const r1 = dist(at.get('h0')!, at.get('c')!);
    const r2 = dist(at.get('h0l0')!, at.get('c')!);
    expect(r2).toBeGreaterThan(r1 + 100);
    for (let h = 0; h < 5; h++) expect(dist(at.get(`h${h}`)!, at.get('c')!)).toBeCloseTo(r1);
  });

  it('keeps a hub’s leaves together, near their hub', () => {
    const { nodes, edges } = tree(6, 10);
    const at = radialLayout(nodes, edges, ['c']);
    for (let h = 0; h < 6; h++) {
      const hub = at.get(`h${h}`)!;
      const own = dist(at.get(`h${h}l0`)!, hub);
      const other = dist(at.get(`h${(h + 3) % 6}l0`)!, hub);
      expect(own).toBeLessThan(other);
    }
  });

  it('leaves no two nodes of a ring overlapping, whatever their sizes', () => {
    const { nodes, edges } = tree(40, 40);
    const size = (id: string) => (id.length % 3 === 0 ? 90 : 24);
    const at = radialLayout(nodes, edges, ['c'], { size });
    const pts = nodes.map((id) => ({ id, p: at.get(id)!, r: Math.round(dist(at.get(id)!, { x: 0, y: 0 })) }));
    const byRing = new Map<number, typeof pts>();
    for (const q of pts) byRing.set(q.r, [...(byRing.get(q.r) ?? []), q]);
    // Along a ring, sorted by angle, each node clears the next (and the last clears the first).
    const clashes: string[] = [];
    for (const ring of byRing.values()) {
      ring.sort((a, b) => Math.atan2(a.p.y, a.p.x) - Math.atan2(b.p.y, b.p.x));
      for (let i = 0; i < ring.length && ring.length > 1; i++) {
        const a = ring[i]!;
        const b = ring[(i + 1) % ring.length]!;
        if (dist(a.p, b.p) < (size(a.id) + size(b.id)) / 2 - 1e-6) clashes.push(`${a.id}/${b.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('places nodes the centre does not reach apart from its component, and ignores unknown edges', () => {
    const nodes = ['c', 'a', 'x', 'y'];
    const at = radialLayout(
      nodes,
      [
        ['c', 'a'],
        ['x', 'y'],
        ['c', 'ghost'],
      ],
      ['missing', 'c'],
    );
    expect(at.size).toBe(4);
    expect(at.get('c')).toEqual({ x: 0, y: 0 });
    expect(dist(at.get('x')!, at.get('c')!)).toBeGreaterThan(dist(at.get('a')!, at.get('c')!));
    expect(radialLayout([], [], ['c']).size).toBe(0);
  });

  it('lays out 2,000 nodes and 4,000 edges in well under a second', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => `n${i}`);
    const edges: [string, string][] = [];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 4000; i++)
      edges.push([nodes[Math.floor(rnd() * 2000)]!, nodes[Math.floor(rnd() * 2000)]!]);
    const at = radialLayout(nodes, edges, ['n0']);
    expect(at.size).toBe(2000);
    for (const p of at.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
