// Errors the caller can act on carry a code in `extensions` and are never masked; anything else
// reaching the HTTP layer is masked as "Unexpected error." (server/http/app.ts).
import { GraphQLError } from 'graphql';

export type UserErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'TIMEOUT';

export function userError(message: string, code: UserErrorCode = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export function notFound(what: string, id: string): GraphQLError {
  return userError(`no ${what} has the id ${JSON.stringify(id)}`, 'NOT_FOUND');
}
