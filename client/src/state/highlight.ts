// Evidence sentences with the spans that name the node (or an edge's ends) marked: the API
// gives offsets into the sentence; this cuts the sentence into plain and marked pieces.

export interface Span {
  start: number;
  end: number;
  nodeId?: string | null;
}

export interface Segment {
  text: string;
  mark: boolean;
  nodeId: string | null;
}

/**
 * Cuts `text` at the spans. Spans out of range are clamped, empty ones dropped, overlapping
 * ones merged (the first one's node id kept), so any list of spans gives well-formed pieces
 * that join back into `text`.
 */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const clean = spans
    .map((s) => ({
      start: clamp(Math.floor(s.start), 0, text.length),
      end: clamp(Math.floor(s.end), 0, text.length),
      nodeId: s.nodeId ?? null,
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; nodeId: string | null }[] = [];
  for (const s of clean) {
    const last = merged.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: false, nodeId: null });
    out.push({ text: text.slice(s.start, s.end), mark: true, nodeId: s.nodeId });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false, nodeId: null });
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
