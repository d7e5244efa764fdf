// How many items a query may ask for in all. Each list caps its own page (`first` ≤ 100), but
// pages nest: 100 actors × 100 articles × 100 claims is a million rows from one small query,
// which depth and cost limits that count fields, not rows, let through. The estimate multiplies
// each list's page size by those of the lists around it, with the arguments' defaults where
// none is given and the variables' values where one is, before anything runs.
// Types are told apart by their shape, not with graphql's isObjectType(): @graphql-tools may
// load graphql's CommonJS build while this module gets its ES build, and graphql's instanceof
// checks then refuse the schema as coming "from another realm".
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { userError } from './errors.ts';

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
    const fields: Record<string, GraphQLField<unknown, unknown>> = type !== null &&
    type !== undefined &&
    'getFields' in type &&
    !('parseValue' in type)
      ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
      : {};
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = fields[sel.name.value];
        if (field === undefined) continue;
        let m = multiplier;
        for (const argDef of field.args) {
          if (!SIZE_ARGS.includes(argDef.name)) continue;
          const node = sel.arguments?.find((a) => a.name.value === argDef.name);
          const value = node ? intValue(node.value, variables) : argDef.defaultValue;
          if (typeof value === 'number' && value > 0) {
            m = multiplier * value;
            total += m;
          }
        }
        if (sel.selectionSet) total += walk(namedType(field.type), sel.selectionSet, m, seen);
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

function namedType(type: GraphQLType): string {
  let t: GraphQLType = type;
  while ('ofType' in t && t.ofType) t = t.ofType as GraphQLType;
  return (t as { name: string }).name;
}

function intValue(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return undefined;
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
            userError(
              `the query asks for up to ${items} items (page sizes multiplied through nested lists), at most ${max}: ` +
                'ask for smaller pages, or page through the inner lists separately',
              'QUERY_TOO_LARGE',
            ),
          ],
        });
      }
    },
  };
}
