// Marking mentions in evidence sentences.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { segments } from '../../client/src/state/highlight.ts';

it('cuts a sentence at the highlighted spans', () => {
  const text = 'وكان بوتين التقى الزعيم الكوري الشمالي كيم جونغ أون';
  const start = text.indexOf('بوتين');
  const s = segments(text, [{ start, end: start + 5, nodeId: 'actor:vladimir-putin' }]);
  expect(s).toEqual([
    { text: 'وكان ', mark: false, nodeId: null },
    { text: 'بوتين', mark: true, nodeId: 'actor:vladimir-putin' },
    { text: text.slice(start + 5), mark: false, nodeId: null },
  ]);
});

it('merges overlapping spans, clamps out-of-range ones, drops empty ones', () => {
  const s = segments('abcdefgh', [
    { start: 5, end: 20 },
    { start: 1, end: 3, nodeId: 'x' },
    { start: 2, end: 4 },
    { start: 6, end: 6 },
    { start: -4, end: 0 },
  ]);
  expect(s.map((p) => [p.text, p.mark])).toEqual([
    ['a', false],
    ['bcd', true],
    ['e', false],
    ['fgh', true],
  ]);
});

it('always joins back into the sentence', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 60 }),
      fc.array(
        fc.record({ start: fc.integer({ min: -10, max: 80 }), end: fc.integer({ min: -10, max: 80 }) }),
        { maxLength: 6 },
      ),
      (text, spans) => {
        const parts = segments(text, spans);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        for (const p of parts) if (p.mark) expect(p.text.length).toBeGreaterThan(0);
      },
    ),
  );
});
