// The GraphQL schema: the SDL in schema.graphql (the API's documentation) with the resolvers in
// resolvers/, which stay thin: they check arguments and call server/graph/.
import fs from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context.ts';
import { mutationResolvers } from './resolvers/mutation.ts';
import { queryResolvers, statsResolvers } from './resolvers/query.ts';
import { typeResolvers } from './resolvers/types.ts';
import { DateScalar } from './scalars.ts';

export type { GraphQLContext } from './context.ts';

export const typeDefs = fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema<GraphQLContext>({
    typeDefs,
    resolvers: {
      Date: DateScalar,
      Query: queryResolvers,
      Mutation: mutationResolvers,
      Stats: statsResolvers,
      ...typeResolvers,
    },
    // Every resolver named must be a field of the SDL, and the other way round for the fields
    // that cannot be read off the node record: a typo fails at start, not at the first query.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
