// The view in the URL: encoding and decoding round-trip, and hostile or broken links decode to
// something safe instead of throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../client/src/state/elements.ts';
import type { Op } from '../../client/src/state/graph.ts';
import {
  decodeView,
  DEFAULT_VIEW,
  encodeView,
  LABEL_LANGS,
  LAYOUTS,
  type ViewState,
} from '../../client/src/state/url.ts';

const id = fc
  .tuple(
    fc.constantFrom('actor', 'country', 'place', 'event', 'claim', 'article'),
    fc.stringMatching(/^[a-z0-9][a-z0-9:-]{0,40}$/),
  )
  .map(([k, rest]) => `${k}:${rest}`);
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const op: fc.Arbitrary<Op> = fc.oneof(
  id.map((i) => ({ k: 'start' as const, id: i })),
  fc
    .tuple(id, fc.integer({ min: 1, max: 100 }))
    .map(([i, pages]) => ({ k: 'expand' as const, id: i, pages })),
  fc.array(id, { minLength: 1, maxLength: 4 }).map((ids) => ({ k: 'remove' as const, ids })),
  fc.tuple(id, id).map(([from, to]) => ({ k: 'path' as const, from, to })),
);
const view: fc.Arbitrary<ViewState> = fc
  .record({
    ops: fc.array(op, { maxLength: 8 }),
    hidden: fc.array(id, { maxLength: 4 }),
    pinned: fc.array(
      fc.tuple(
        id,
        fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) }),
      ),
      {
        maxLength: 3,
      },
    ),
    cats: fc.subarray([...CATEGORIES]),
    quads: fc.subarray([1, 2, 3, 4] as const),
    roots: fc.subarray(['01', '04', '14', '19', '20']),
    dates: fc.tuple(fc.option(date), fc.option(date)),
    undated: fc.boolean(),
    layout: fc.constantFrom(...LAYOUTS),
    lang: fc.constantFrom(...LABEL_LANGS),
    selected: fc.option(id),
    read: fc.option(id.map((a) => `${a}#3`)),
  })
  .map((r) => {
    let [from, to] = r.dates;
    if (from && to && from > to) [from, to] = [to, from];
    return {
      ops: r.ops,
      hidden: r.hidden,
      pinned: r.pinned,
      filters: {
        hiddenCategories: new Set(r.cats),
        hiddenQuads: new Set(r.quads),
        hiddenRoots: new Set(r.roots),
        from,
        to,
        undated: r.undated,
      },
      layout: r.layout,
      lang: r.lang,
      selected: r.selected,
      read: r.read,
    };
  });

describe('URL state', () => {
  it('round-trips any view', () => {
    fc.assert(
      fc.property(view, (v) => {
        const back = decodeView(`#${encodeView(v)}`);
        expect(back).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ops in order, interleaved as they happened', () => {
    const v: ViewState = {
      ...DEFAULT_VIEW,
      ops: [
        { k: 'start', id: 'actor:vladimir-putin' },
        { k: 'expand', id: 'country:KP', pages: 2 },
        { k: 'remove', ids: ['event:0123456789abcdef', 'country:CN'] },
        { k: 'expand', id: 'country:KP', pages: 3 },
        { k: 'path', from: 'actor:vladimir-putin', to: 'actor:david-maxwell' },
      ],
    };
    const s = encodeView(v);
    expect(s).toBe(
      's=actor%3Avladimir-putin&x=country%3AKP%7E2&r=event%3A0123456789abcdef%7Ecountry%3ACN&x=country%3AKP%7E3&p=actor%3Avladimir-putin%7Eactor%3Adavid-maxwell',
    );
    expect(decodeView(s).ops).toEqual(v.ops);
  });

  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('keeps an edge id as the selection', () => {
    const sel = 'event:abc|SOURCE|actor:vladimir-putin';
    expect(decodeView(encodeView({ ...DEFAULT_VIEW, selected: sel })).selected).toBe(sel);
  });

  it('drops what it cannot read, and never throws', () => {
    const v = decodeView(
      '#s=not-an-id&x=actor:a~0&x=actor:b~abc&x=actor:c~7&p=actor:a&pin=actor:a~1&pin=actor:b~1~2&off=SHIPS&q=9&root=21&from=2024-02-31&to=yesterday&layout=grid&lang=fr&sel=%3Cscript%3E',
    );
    expect(v.ops).toEqual([{ k: 'expand', id: 'actor:c', pages: 7 }]);
    expect(v.pinned).toEqual([['actor:b', { x: 1, y: 2 }]]);
    expect(v.filters.hiddenCategories.size + v.filters.hiddenQuads.size + v.filters.hiddenRoots.size).toBe(0);
    expect(v.filters.from).toBeNull();
    expect(v.filters.to).toBeNull();
    expect(v.layout).toBe('fcose');
    expect(v.lang).toBe('auto');
    expect(v.selected).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        decodeView(s);
      }),
    );
  });

  it('swaps a reversed date range, and reads at most 2000 parameters', () => {
    expect(decodeView('from=2024-06-19&to=2024-01-01').filters).toMatchObject({
      from: '2024-01-01',
      to: '2024-06-19',
    });
    const many = Array.from({ length: 5000 }, (_, i) => `s=actor:a${i}`).join('&');
    expect(decodeView(many).ops).toHaveLength(2000);
  });
});
