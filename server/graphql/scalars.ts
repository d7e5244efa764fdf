// The Date scalar: a calendar day, YYYY-MM-DD, checked to exist (no 2024-02-30).
import { GraphQLScalarType, Kind } from 'graphql';
import { userError } from './errors.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !DAY.test(value)) {
    throw userError(`Date must be a day written YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw userError(`Date ${value} does not exist`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601).',
  // Dates come out of Neo4j as ISO strings (server/graph/values.ts); a datetime keeps its day.
  serialize: (value) => (typeof value === 'string' ? value.slice(0, 10) : null),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw userError('Date must be a string written YYYY-MM-DD');
    }
    return parseDay(ast.value);
  },
});
