// Applies cypher/schema.cypher: constraints and indexes, idempotently, at every start.
import type { Driver } from 'neo4j-driver';
import { loadCypher, loadStatements } from './cypher.ts';

// Two processes applying the schema at once (a test run and a server) can both find an index
// missing and both create it; the loser's error means the index is there, which is the goal.
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** Runs every statement of cypher/schema.cypher, each in its own transaction (schema changes cannot share one with data). */
export async function applySchema(
  driver: Driver,
  database?: string,
): Promise<{ statements: number; ms: number }> {
  const t0 = performance.now();
  const statements = loadStatements('schema');
  const session = driver.session(database ? { database } : {});
  try {
    for (const statement of statements) {
      try {
        await session.run(statement);
      } catch (e) {
        if (!ALREADY_THERE.has((e as { code?: string }).code ?? '')) throw e;
      }
    }
    const { records } = await session.run(loadCypher('schema-names'));
    const present = new Set(records[0]?.get('names') as string[]);
    const missing = statements.map(createdName).filter((n): n is string => n !== null && !present.has(n));
    if (missing.length > 0) {
      throw new Error(
        `schema: ${missing.join(', ')} not in the database after cypher/schema.cypher ran. IF NOT EXISTS skips ` +
          'a statement when an equivalent index or constraint exists under another name: drop that one, or change this one.',
      );
    }
  } finally {
    await session.close();
  }
  return { statements: statements.length, ms: Math.round(performance.now() - t0) };
}

const CREATE_NAMED =
  /^\s*CREATE\s+(?:CONSTRAINT|(?:RANGE\s+|TEXT\s+|POINT\s+|FULLTEXT\s+|VECTOR\s+|LOOKUP\s+)?INDEX)\s+(`[^`]+`|\w+)/im;

/** The name a CREATE INDEX/CONSTRAINT statement gives, or null for other statements. */
function createdName(statement: string): string | null {
  const m = CREATE_NAMED.exec(statement);
  return m ? m[1]!.replace(/^`|`$/g, '') : null;
}
