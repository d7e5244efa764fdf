// Errors the caller can act on carry a code in `extensions` and are never masked; anything else
// reaching the HTTP layer is masked as "Unexpected error." (server/http/app.ts).
// They are made by graphql-yoga's createGraphQLError, so that they are instances of the same
// GraphQLError class yoga checks against: graphql ships a CommonJS and an ES build, and where
// a bundler (vitest) gives this code one and yoga the other, an error made here with `new
// GraphQLError` would not be recognised as a GraphQL error, and would be masked.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export type UserErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'TIMEOUT' | 'QUERY_TOO_LARGE';

export function userError(message: string, code: UserErrorCode = 'BAD_USER_INPUT'): GraphQLError {
  return createGraphQLError(message, { extensions: { code } });
}

export function notFound(what: string, id: string): GraphQLError {
  return userError(`no ${what} has the id ${JSON.stringify(id)}`, 'NOT_FOUND');
}
