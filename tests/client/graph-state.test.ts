// The explorer's graph state: starting, expanding with pages, removing, hiding, pinning, paths.
import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  expand,
  hide,
  moreCounts,
  pin,
  remove,
  showMore,
  start,
  unhideAll,
  unpin,
  withPath,
  clearPath,
  PAGE_SIZE,
} from '../../client/src/state/graph.ts';
import { edge, node, star } from './elements.ts';

const PUTIN = 'actor:vladimir-putin';
const KIM = 'actor:kim-jong-un';

describe('start', () => {
  it('shows every node and edge of the neighbourhood and records the start', () => {
    const s = start(star(PUTIN, 5));
    expect(s.nodes.size).toBe(6);
    expect(s.edges.size).toBe(5);
    expect(s.ops).toEqual([{ k: 'start', id: PUTIN }]);
    expect(s.pending.size).toBe(0);
  });

  it('keeps what the server left out as pending behind the centre', () => {
    const s = start(star(PUTIN, 3, { omitted: 42 }));
    expect(moreCounts(s)).toEqual([{ anchor: PUTIN, loaded: 0, omitted: 42 }]);
  });

  it('joins a second starting point to the view instead of replacing it', () => {
    const a = start(star(PUTIN, 2, { prefix: 'a' }));
    const b = start(star(KIM, 2, { prefix: 'b' }), a);
    expect(b.nodes.size).toBe(6);
    expect(b.ops).toEqual([
      { k: 'start', id: PUTIN },
      { k: 'start', id: KIM },
    ]);
  });

  it('holds back an edge until both its ends are in view', () => {
    const nb = star(PUTIN, 1);
    nb.edges.push(edge('event:e0000', 'TARGET', 'country:KP'));
    const s = start(nb);
    expect(s.edges.has('event:e0000|TARGET|country:KP')).toBe(false);
    expect(s.latent.has('event:e0000|TARGET|country:KP')).toBe(true);
    const t = start(
      { center: 'country:KP', nodes: [node('country:KP')], edges: [], truncated: false, omitted: 0 },
      s,
    );
    expect(t.edges.has('event:e0000|TARGET|country:KP')).toBe(true);
    expect(t.latent.size).toBe(0);
  });
});

describe('expand', () => {
  it('shows a page of new neighbours and keeps the rest pending, in the server order', () => {
    const s0 = start(star(PUTIN, 1, { prefix: 'x' }));
    const nb = star(KIM, 75);
    nb.edges.push(edge('event:x0000', 'TARGET', KIM));
    nb.nodes.push(node('event:x0000'));
    const s = expand(start({ ...star(KIM, 0) }, s0), nb);
    const events = [...s.nodes.keys()].filter((id) => id.startsWith('event:e'));
    expect(events).toHaveLength(PAGE_SIZE);
    expect(events[0]).toBe('event:e0000');
    expect(moreCounts(s)).toContainEqual({ anchor: KIM, loaded: 75 - PAGE_SIZE, omitted: 0 });
    // An edge to a node already in view comes in at once.
    expect(s.edges.has(`event:x0000|TARGET|${KIM}`)).toBe(true);
    expect(s.ops.at(-1)).toEqual({ k: 'expand', id: KIM, pages: 1 });
  });

  it('pages through what is pending, then says nothing is left', () => {
    let s = expand(start(star(KIM, 0)), star(KIM, 70));
    s = showMore(s, KIM);
    expect([...s.nodes.keys()].filter((id) => id.startsWith('event:'))).toHaveLength(60);
    expect(s.ops.at(-1)).toEqual({ k: 'expand', id: KIM, pages: 2 });
    s = showMore(s, KIM);
    expect([...s.nodes.keys()].filter((id) => id.startsWith('event:'))).toHaveLength(70);
    expect(moreCounts(s)).toEqual([]);
    expect(showMore(s, KIM)).toBe(s);
    // Paging updates the one expand op: a URL carries "expand KIM, 3 pages".
    expect(s.ops.filter((o) => o.k === 'expand')).toEqual([{ k: 'expand', id: KIM, pages: 3 }]);
  });

  it('adds edges of a later page that end at a node shown before', () => {
    const nb = star(KIM, 40);
    nb.edges.push(edge('event:e0035', 'TARGET', 'event:e0001'));
    let s = expand(start(star(KIM, 0)), nb);
    expect(s.edges.has('event:e0035|TARGET|event:e0001')).toBe(false);
    s = showMore(s, KIM);
    expect(s.edges.has('event:e0035|TARGET|event:e0001')).toBe(true);
  });

  it('replays pages: expand with pages = 2 equals expand then one more page', () => {
    const base = start(star(KIM, 0));
    const a = showMore(expand(base, star(KIM, 100)), KIM);
    const b = expand(base, star(KIM, 100), 2);
    expect([...b.nodes.keys()]).toEqual([...a.nodes.keys()]);
    expect([...b.edges.keys()].sort()).toEqual([...a.edges.keys()].sort());
    expect(b.ops).toEqual(a.ops);
  });

  it('drops from pending what another expansion brought in meanwhile', () => {
    let s = expand(start(star(KIM, 0)), star(KIM, 40));
    s = start(star(PUTIN, 35), s); // the same event ids e0000..e0034
    expect(moreCounts(s)).toContainEqual({ anchor: KIM, loaded: 5, omitted: 0 });
  });

  it('leaves the old state untouched', () => {
    const s0 = start(star(PUTIN, 2));
    const before = [...s0.nodes.keys()];
    expand(s0, star(PUTIN, 60, { prefix: 'n' }));
    expect([...s0.nodes.keys()]).toEqual(before);
  });
});

describe('remove, hide, pin', () => {
  it('removes nodes with their edges, which return with the node', () => {
    const s0 = start(star(PUTIN, 3));
    const s1 = remove(s0, ['event:e0001']);
    expect(s1.nodes.has('event:e0001')).toBe(false);
    expect(s1.edges.has(`event:e0001|SOURCE|${PUTIN}`)).toBe(false);
    expect(s1.ops.at(-1)).toEqual({ k: 'remove', ids: ['event:e0001'] });
    const s2 = start(star(PUTIN, 3), s1);
    expect(s2.edges.has(`event:e0001|SOURCE|${PUTIN}`)).toBe(true);
  });

  it('a removal after an expansion keeps both steps in order, so a replay gives the same view', () => {
    let s = expand(start(star(KIM, 0)), star(KIM, 40));
    s = remove(s, ['event:e0003']);
    s = showMore(s, KIM);
    expect(s.ops.map((o) => o.k)).toEqual(['start', 'expand', 'remove', 'expand']);
    expect(s.nodes.has('event:e0003')).toBe(false);
  });

  it('ignores ids that are not in view', () => {
    const s = start(star(PUTIN, 1));
    expect(remove(s, ['actor:nobody'])).toBe(s);
    expect(hide(s, ['actor:nobody'])).toBe(s);
    expect(pin(s, 'actor:nobody', { x: 1, y: 2 })).toBe(s);
  });

  it('hides and shows again, and forgets hidden and pinned nodes that are removed', () => {
    let s = start(star(PUTIN, 2));
    s = hide(s, ['event:e0000', 'event:e0001']);
    expect([...s.hidden]).toEqual(['event:e0000', 'event:e0001']);
    s = pin(s, 'event:e0000', { x: 10.4, y: -3.6 });
    expect(s.pinned.get('event:e0000')).toEqual({ x: 10, y: -4 });
    s = remove(s, ['event:e0000']);
    expect(s.hidden.has('event:e0000')).toBe(false);
    expect(s.pinned.size).toBe(0);
    expect(unhideAll(s).hidden.size).toBe(0);
    expect(unpin(pin(s, PUTIN, { x: 0, y: 0 }), PUTIN).pinned.size).toBe(0);
  });
});

describe('paths', () => {
  const ev = 'event:meeting';
  const path = {
    nodes: [node(PUTIN), node(ev), node(KIM)],
    edges: [edge(ev, 'SOURCE', PUTIN), edge(ev, 'TARGET', KIM)],
  };

  it('adds the path and marks its nodes and edges', () => {
    const s0 = start(star(PUTIN, 1));
    const s = withPath(s0, PUTIN, KIM, [path]);
    expect(s.nodes.has(KIM)).toBe(true);
    expect(s.path).toEqual({
      from: PUTIN,
      to: KIM,
      nodes: [PUTIN, ev, KIM],
      edges: [`${ev}|SOURCE|${PUTIN}`, `${ev}|TARGET|${KIM}`],
      found: 1,
    });
    expect(s.edges.has(`${ev}|TARGET|${KIM}`)).toBe(true);
  });

  it('shows a hidden node that lies on the path, and records one path op at a time', () => {
    let s = start(star(PUTIN, 1));
    s = start({ center: KIM, nodes: [node(KIM)], edges: [], truncated: false, omitted: 0 }, s);
    s = hide(s, [KIM]);
    s = withPath(s, PUTIN, KIM, [path]);
    expect(s.hidden.has(KIM)).toBe(false);
    s = withPath(s, KIM, PUTIN, []);
    expect(s.ops.filter((o) => o.k === 'path')).toEqual([{ k: 'path', from: KIM, to: PUTIN }]);
    expect(s.path?.nodes).toEqual([]);
    expect(clearPath(s).path).toBeNull();
    expect(clearPath(s).ops.some((o) => o.k === 'path')).toBe(false);
  });
});

it('EMPTY holds nothing', () => {
  expect(EMPTY.nodes.size + EMPTY.edges.size + EMPTY.ops.length).toBe(0);
});
