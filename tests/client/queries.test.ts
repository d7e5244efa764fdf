// The explorer's GraphQL documents against the server's schema SDL: a field renamed or an
// argument changed on the server fails here, not in an analyst's browser.
import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUERIES, withFragments } from '../../client/src/api/queries.ts';

const sdl = fs.readFileSync(new URL('../../server/graphql/schema.graphql', import.meta.url), 'utf8');
const schema = buildSchema(sdl);

describe('client queries', () => {
  for (const [name, doc] of Object.entries(QUERIES)) {
    it(`${name} is valid against server/graphql/schema.graphql`, () => {
      const errors = validate(schema, parse(doc)).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }

  it('appends only the fragments a document uses, with those they use in turn', () => {
    const fragments = 'fragment A on T { x ...B }\n\nfragment B on T { y }\n\nfragment C on T { z }\n';
    const doc = withFragments('query Q { t { ...A } }', fragments);
    expect(doc).toContain('fragment A');
    expect(doc).toContain('fragment B');
    expect(doc).not.toContain('fragment C');
    expect(withFragments('query Q { t { id } }', fragments)).toBe('query Q { t { id } }');
  });
});
