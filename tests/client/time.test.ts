// Dates: the slider's domain and the timeline's placement.
import { describe, expect, it } from 'vitest';
import { dateDomain, dayNumber, isoOfDay, timelineItems } from '../../client/src/state/time.ts';
import { node } from './elements.ts';

describe('days', () => {
  it('converts dates to day numbers and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoOfDay(dayNumber('2024-02-29')!)).toBe('2024-02-29');
    expect(dayNumber('2024-06-19T17:17:00+04:00')).toBe(dayNumber('2024-06-19'));
    expect(dayNumber('2023-02-29')).toBeNull();
    expect(dayNumber('June 19')).toBeNull();
  });
});

describe('dateDomain', () => {
  it('spans the dated events and claims only', () => {
    const d = dateDomain([
      node('event:a', { date: '2024-06-19' }),
      node('claim:b:0', { date: '2024-05-01' }),
      node('event:c', { date: null }),
      node('actor:x', { date: '1999-01-01' }),
    ]);
    expect(d).toEqual({ min: '2024-05-01', max: '2024-06-19', days: 49 });
    expect(dateDomain([node('actor:x')])).toBeNull();
  });
});

describe('timelineItems', () => {
  it('places by date, oldest left, and stacks same-day marks on lanes', () => {
    const nodes = [
      node('event:b', { date: '2024-06-19' }),
      node('event:a', { date: '2024-06-19' }),
      node('event:c', { date: '2024-05-01' }),
      node('event:undated', { date: null }),
    ];
    const items = timelineItems(nodes, dateDomain(nodes)!);
    expect(items.map((i) => [i.id, i.x, i.lane])).toEqual([
      ['event:c', 0, 0],
      ['event:a', 1, 0],
      ['event:b', 1, 1],
    ]);
  });

  it('centres everything on a one-day domain and puts overflow on the last lane', () => {
    const nodes = Array.from({ length: 7 }, (_, i) => node(`event:${i}`, { date: '2024-06-19' }));
    const items = timelineItems(nodes, dateDomain(nodes)!, 0.01, 3);
    expect(items.every((i) => i.x === 0.5)).toBe(true);
    expect(items.map((i) => i.lane)).toEqual([0, 1, 2, 2, 2, 2, 2]);
  });
});
