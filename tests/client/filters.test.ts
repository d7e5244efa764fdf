// Filters by kind, CAMEO class and root, and dates.
import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  filteredOut,
  isActive,
  NO_FILTERS,
  passes,
  rootOf,
  toggle,
  type Filters,
} from '../../client/src/state/filters.ts';
import { start } from '../../client/src/state/graph.ts';
import { node } from './elements.ts';

const putin = node('actor:vladimir-putin', { entityType: 'PERSON' });
const wsj = node('actor:wall-street-journal', { entityType: 'MEDIA' });
const ru = node('country:RU', { entityType: 'COUNTRY', country: 'RU' });
const visit = node('event:visit', { code: '042', quadClass: 1, date: '2024-06-19' });
const supply = node('event:supply', { code: '0711', quadClass: 2, date: '2024-05-02' });
const strike = node('event:strike', { code: '190', quadClass: 4, date: null });
const claim = node('claim:abc:0', { date: '2024-06-19' });

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('passes', () => {
  it('lets everything through with no filter', () => {
    for (const n of [putin, wsj, ru, visit, supply, strike, claim]) expect(passes(n, NO_FILTERS)).toBe(true);
    expect(isActive(NO_FILTERS)).toBe(false);
  });

  it('tells actors apart by entity type', () => {
    const noMedia = f({ hiddenCategories: new Set(['MEDIA']) });
    expect(passes(wsj, noMedia)).toBe(false);
    expect(passes(putin, noMedia)).toBe(true);
    // An actor without an entity type counts as a person.
    expect(passes(node('actor:x'), f({ hiddenCategories: new Set(['PERSON']) }))).toBe(false);
  });

  it('filters events by quad class and by CAMEO root, and leaves other nodes alone', () => {
    const noMaterialConflict = f({ hiddenQuads: new Set([4]) });
    expect(passes(strike, noMaterialConflict)).toBe(false);
    expect(passes(visit, noMaterialConflict)).toBe(true);
    const noAid = f({ hiddenRoots: new Set(['07']) });
    expect(passes(supply, noAid)).toBe(false);
    expect(passes(visit, noAid)).toBe(true);
    expect(passes(putin, f({ hiddenQuads: new Set([1, 2, 3, 4]) }))).toBe(true);
  });

  it('filters events and claims by date, inclusive, with undated ones kept or not', () => {
    const june = f({ from: '2024-06-01', to: '2024-06-19' });
    expect(passes(visit, june)).toBe(true);
    expect(passes(claim, june)).toBe(true);
    expect(passes(supply, june)).toBe(false);
    expect(passes(strike, june)).toBe(true);
    expect(passes(strike, { ...june, undated: false })).toBe(false);
    expect(passes(putin, { ...june, undated: false })).toBe(true);
    expect(passes(visit, f({ to: '2024-06-18' }))).toBe(false);
  });
});

it('filteredOut lists the nodes in view that a filter takes out', () => {
  const s = start({
    center: putin.id,
    nodes: [putin, wsj, visit, supply],
    edges: [],
    truncated: false,
    omitted: 0,
  });
  expect(filteredOut(s, NO_FILTERS).size).toBe(0);
  expect([...filteredOut(s, f({ hiddenCategories: new Set(['EVENT']) }))].sort()).toEqual([
    'event:supply',
    'event:visit',
  ]);
});

it('facetCounts counts categories, quad classes and roots', () => {
  const c = facetCounts([putin, wsj, ru, visit, supply, strike, claim]);
  expect(c.categories.get('EVENT')).toBe(3);
  expect(c.categories.get('MEDIA')).toBe(1);
  expect(c.quads.get(4)).toBe(1);
  expect([...c.roots.keys()].sort()).toEqual(['04', '07', '19']);
});

it('rootOf and toggle', () => {
  expect(rootOf('0431')).toBe('04');
  expect(rootOf(null)).toBeNull();
  expect(rootOf('x1')).toBeNull();
  const s = toggle(new Set<string>(), 'a', false);
  expect([...s]).toEqual(['a']);
  expect([...toggle(s, 'a', true)]).toEqual([]);
});
