// The explorer's GraphQL documents (api/queries/*.graphql, validated against the server's schema
// by tests/client/queries.test.ts), each with the fragments it uses appended.
import ARTICLE from './queries/article.graphql?raw';
import EVIDENCE from './queries/evidence.graphql?raw';
import FRAGMENTS from './queries/fragments.graphql?raw';
import NEIGHBORHOOD from './queries/neighborhood.graphql?raw';
import NODE_DETAILS from './queries/node-details.graphql?raw';
import PATHS from './queries/paths.graphql?raw';
import SEARCH from './queries/search.graphql?raw';
import STARTING_POINTS from './queries/starting-points.graphql?raw';

/** A document with the fragments it spreads, and only those (GraphQL rejects unused ones). */
export function withFragments(doc: string, fragments: string = FRAGMENTS): string {
  const defs = fragments.split(/(?=^fragment )/mu).filter((d) => d.startsWith('fragment '));
  const byName = new Map(defs.map((d) => [/^fragment (\w+)/u.exec(d)![1]!, d.trim()]));
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.(\w+)/gu)) {
      const name = m[1]!;
      const def = byName.get(name);
      if (def && !used.has(name)) {
        used.add(name);
        visit(def);
      }
    }
  };
  visit(doc);
  return [doc.trim(), ...[...used].map((n) => byName.get(n)!)].join('\n\n');
}

export const QUERIES = {
  article: withFragments(ARTICLE),
  evidence: withFragments(EVIDENCE),
  neighborhood: withFragments(NEIGHBORHOOD),
  nodeDetails: withFragments(NODE_DETAILS),
  paths: withFragments(PATHS),
  search: withFragments(SEARCH),
  startingPoints: withFragments(STARTING_POINTS),
};
