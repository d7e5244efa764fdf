// The JSON export of a view.
import { expect, it } from 'vitest';
import { exportDocument } from '../../client/src/state/export.ts';
import { hide, pin, start } from '../../client/src/state/graph.ts';
import { decodeView, DEFAULT_VIEW, encodeView } from '../../client/src/state/url.ts';
import { star } from './elements.ts';

it('carries the elements with positions, the view and the link that rebuilds it', () => {
  let s = start(star('actor:vladimir-putin', 2));
  s = hide(s, ['event:e0001']);
  s = pin(s, 'event:e0000', { x: 5, y: 6 });
  const view = { ...DEFAULT_VIEW, ops: [...s.ops] };
  const link = `http://localhost/#${encodeView(view)}`;
  const doc = exportDocument(
    s,
    view,
    { 'actor:vladimir-putin': { x: 1, y: 2 } },
    link,
    new Date('2024-06-20T00:00:00Z'),
  );
  expect(doc.format).toBe('isnad-view');
  expect(doc.exportedAt).toBe('2024-06-20T00:00:00.000Z');
  expect(doc.elements.nodes).toHaveLength(3);
  expect(doc.elements.nodes[0]).toMatchObject({
    data: { id: 'actor:vladimir-putin' },
    position: { x: 1, y: 2 },
  });
  expect(doc.elements.nodes[1]!.position).toBeUndefined();
  expect(doc.elements.edges).toHaveLength(2);
  expect(doc.view.hidden).toEqual(['event:e0001']);
  expect(doc.view.pinned).toEqual({ 'event:e0000': { x: 5, y: 6 } });
  expect(decodeView(new URL(doc.link).hash).ops).toEqual(s.ops);
  // Plain JSON: sets and maps are written as arrays and objects.
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
});
