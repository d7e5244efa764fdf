// How many items a query may ask for in all. Each list caps its own page (`first` ≤ 100), but
// pages nest: 100 actors × 100 articles × 100 claims is a million rows from one small query,
// which depth and cost limits that count fields, not rows, let through. The estimate multiplies
// each list's page size by those of the lists around it, with the arguments' defaults where
// none is given and the variables' values where one is, before anything runs.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** Arguments that size a list (`limit` is the neighbourhood's node cap). */
const SIZE_ARGS = ['first', 'limit'];

export const MAX_ITEMS = 10_000;

export function estimateItems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (op === undefined) return 0;
  const root =
    op.operation === 'mutation'
      ? schema.getMutationType()
      : op.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const walk = (typeName: string, set: SelectionSetNode, multiplier: number, seen: Set<string>): number => {
    const type = schema.getType(typeName);
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const field: GraphQLField<unknown, unknown> | undefined = fields[sel.name.value];
        if (field === undefined) continue;
        let m = multiplier;
        for (const argDef of field.args) {
          if (!SIZE_ARGS.includes(argDef.name)) continue;
          const node = sel.arguments?.find((a) => a.name.value === argDef.name);
          const value = node ? valueFromAST(node.value, argDef.type, variables ?? {}) : argDef.defaultValue;
          if (typeof value === 'number' && value > 0) {
            m = multiplier * value;
            total += m;
          }
        }
        if (sel.selectionSet) total += walk(getNamedType(field.type).name, sel.selectionSet, m, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += walk(sel.typeCondition?.name.value ?? typeName, sel.selectionSet, multiplier, seen);
      } else {
        const frag = fragments.get(sel.name.value);
        // A fragment that spreads itself is refused by validation; here it just stops.
        if (frag === undefined || seen.has(frag.name.value)) continue;
        total += walk(
          frag.typeCondition.name.value,
          frag.selectionSet,
          multiplier,
          new Set([...seen, frag.name.value]),
        );
      }
    }
    return total;
  };
  return walk(root.name, op.selectionSet, 1, new Set());
}

/** An envelop plugin that refuses, before execution, operations over MAX_ITEMS. */
export function usePageBudget(max = MAX_ITEMS) {
  return {
    onExecute({
      args,
      setResultAndStopExecution,
    }: {
      args: {
        schema: GraphQLSchema;
        document: DocumentNode;
        operationName?: string | null;
        variableValues?: Record<string, unknown> | null;
      };
      setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
    }) {
      const items = estimateItems(args.schema, args.document, args.operationName, args.variableValues);
      if (items > max) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `the query asks for up to ${items} items (page sizes multiplied through nested lists), at most ${max}: ` +
                'ask for smaller pages, or page through the inner lists separately',
              { extensions: { code: 'QUERY_TOO_LARGE' } },
            ),
          ],
        });
      }
    },
  };
}
