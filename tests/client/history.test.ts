// Undo and redo.
import { expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  commit,
  HISTORY_LIMIT,
  historyOf,
  redo,
  undo,
} from '../../client/src/state/history.ts';

it('undoes and redoes, and a new step drops the redo branch', () => {
  let h = historyOf('a');
  h = commit(h, 'b');
  h = commit(h, 'c');
  h = undo(h);
  expect(h.present).toBe('b');
  expect(canRedo(h)).toBe(true);
  h = redo(h);
  expect(h.present).toBe('c');
  h = undo(undo(h));
  expect(h.present).toBe('a');
  expect(canUndo(h)).toBe(false);
  expect(undo(h)).toBe(h);
  h = commit(redo(h), 'x');
  expect(h.past).toEqual(['a', 'b']);
  expect(canRedo(h)).toBe(false);
});

it('adds no step for an operation that changed nothing, and forgets the oldest steps', () => {
  const h = historyOf(0);
  expect(commit(h, 0)).toBe(h);
  let long = h;
  for (let i = 1; i <= HISTORY_LIMIT + 20; i++) long = commit(long, i);
  expect(long.past).toHaveLength(HISTORY_LIMIT);
  expect(long.past[0]).toBe(20);
});
