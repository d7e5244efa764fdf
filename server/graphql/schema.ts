// The GraphQL schema. A placeholder for now (the API lands here with its own issue): one `health`
// query, so that the HTTP app, its context and its tests have a real schema to serve.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

/** What every resolver receives (built per request by server/http/app.ts). */
export interface GraphQLContext {
  driver: Driver;
  database: string | undefined;
  health: () => Promise<{ reachable: boolean; version: string | null }>;
}

const typeDefs = /* GraphQL */ `
  type Query {
    "Whether the database answers, and its version."
    health: Health!
  }

  type Health {
    database: Boolean!
    version: String
  }
`;

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema<GraphQLContext>({
    typeDefs,
    resolvers: {
      Query: {
        health: async (_root: unknown, _args: unknown, ctx: GraphQLContext) => {
          const h = await ctx.health();
          return { database: h.reachable, version: h.version };
        },
      },
    },
  });
}
