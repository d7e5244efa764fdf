// Undo and redo over immutable states: the states themselves are kept, not diffs, since every
// operation in state/graph.ts returns a new state sharing what did not change.

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** Steps kept for undo; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

export function historyOf<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Makes `next` the present; an operation that changed nothing adds no step. */
export function commit<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

/** Replaces the present without an undo step (restoring a shared view, for instance). */
export function reset<T>(present: T): History<T> {
  return historyOf(present);
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past.at(-1);
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
