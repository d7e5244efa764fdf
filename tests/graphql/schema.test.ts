// The schema explains itself: every type, field, argument and enum value carries a
// description; and the page budget counts what nested pages would fetch.
import {
  buildSchema as parseSdl,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateItems } from '../../server/graphql/page-budget.ts';
import { buildSchema, typeDefs } from '../../server/graphql/schema.ts';

describe('schema.graphql', () => {
  it('describes every type, field, argument and enum value', () => {
    const schema = parseSdl(typeDefs);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (!f.description) missing.push(`${type.name}.${f.name}`);
          for (const a of 'args' in f ? f.args : [])
            if (!a.description) missing.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('builds with resolvers that all match the SDL', () => {
    expect(() => buildSchema()).not.toThrow();
  });
});

describe('page budget', () => {
  const schema = buildSchema();
  const items = (query: string, variables: Record<string, unknown> = {}) =>
    estimateItems(schema, parse(query), null, variables);

  it('multiplies nested page sizes, with defaults and variables', () => {
    expect(items('{ search(query: "a", first: 10) { nodes { id } } }')).toBe(10);
    // search default 10, Actor.claims default 10: 10 + 100.
    expect(items('{ search(query: "a") { nodes { ... on Actor { claims { nodes { id } } } } } }')).toBe(110);
    expect(
      items('query($n: Int) { articles(first: $n) { nodes { claims(first: 50) { nodes { id } } } } }', {
        n: 20,
      }),
    ).toBe(20 + 1000);
  });

  it('follows fragments', () => {
    const q =
      'query { stats { topActors(first: 100) { ...A } } } fragment A on Actor { events(first: 100) { nodes { id } } }';
    expect(items(q)).toBe(100 + 10_000);
  });
});
