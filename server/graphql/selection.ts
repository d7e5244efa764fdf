// Whether an operation asks for a field deep inside the one being resolved, so that a resolver
// can leave out of its query what nobody will read (e.g. the sentence of every edge of a
// neighbourhood, 70 % of its bytes, when the caller draws edges without it).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const walk = (sets: readonly SelectionSetNode[], rest: string[]): boolean => {
    if (rest.length === 0) return true;
    const [name, ...tail] = rest as [string, ...string[]];
    const next: SelectionSetNode[] = [];
    const visit = (set: SelectionSetNode) => {
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value === name) {
            if (tail.length === 0) next.push({ kind: Kind.SELECTION_SET, selections: [] });
            else if (sel.selectionSet) next.push(sel.selectionSet);
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          visit(sel.selectionSet);
        } else {
          const frag = info.fragments[sel.name.value];
          if (frag) visit(frag.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    return next.length > 0 && (tail.length === 0 || walk(next, tail));
  };
  return walk(
    info.fieldNodes
      .map((f: FieldNode) => f.selectionSet)
      .filter((s): s is SelectionSetNode => s !== undefined),
    path,
  );
}
