// The isnad of a claim as a path: the speaker, the links that passed the words on (VIA, nearest
// the speaker first: docs/graph-model.md), and the article that printed them last.
import type { EdgeData } from './elements.ts';

export interface ClaimChain {
  claim: string;
  speaker: string | null;
  via: string[];
  articles: string[];
  /** Speaker, via…, article: the nodes of the chain in the order the words travelled. */
  path: string[];
  /** Consecutive pairs of `path`, as edges the view can draw. */
  links: { id: string; source: string; target: string }[];
}

export function claimChain(claimId: string, edges: Iterable<EdgeData>): ClaimChain {
  let speaker: string | null = null;
  const via: { id: string; order: number }[] = [];
  const articles: string[] = [];
  for (const e of edges) {
    if (e.source !== claimId) continue;
    if (e.type === 'SAID_BY') speaker ??= e.target;
    else if (e.type === 'VIA') via.push({ id: e.target, order: e.order ?? Number.MAX_SAFE_INTEGER });
    else if (e.type === 'REPORTED_IN') articles.push(e.target);
  }
  via.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const viaIds = [...new Set(via.map((v) => v.id))].filter((id) => id !== speaker);
  const path = [...(speaker ? [speaker] : []), ...viaIds, ...articles.slice(0, 1)];
  const links = path.slice(1).map((target, i) => ({
    id: `chain:${claimId}:${i}`,
    source: path[i]!,
    target,
  }));
  return { claim: claimId, speaker, via: viaIds, articles, path, links };
}
