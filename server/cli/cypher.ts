// npm run cypher -- FILE.cypher [--param k=v]…
// Runs the statements of a Cypher script in order, each in its own transaction (so schema
// statements and CALL … IN TRANSACTIONS work). Parameter values are read as JSON when they
// parse (numbers, booleans, lists, maps; whole numbers become integers) and as strings
// otherwise. Rows go to stdout as JSON lines, a summary per statement to stderr.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { splitStatements } from '../graph/cypher.ts';
import { DatabaseUnavailable, openDatabase } from '../graph/open-database.ts';
import { plain } from '../graph/values.ts';

const USAGE = 'usage: npm run cypher -- FILE.cypher [--param key=value]…';

/** Whole numbers go to Neo4j as integers (a JavaScript number would arrive as a float and,
 * e.g., not be accepted by LIMIT). */
function toParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParam(v)]));
  }
  return value;
}

export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--param wants key=value, not '${pair}'`);
    const raw = pair.slice(eq + 1);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    params[pair.slice(0, eq)] = toParam(value);
  }
  return params;
}

async function main(): Promise<number> {
  let file: string;
  let params: Record<string, unknown>;
  let statements: string[];
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { param: { type: 'string', multiple: true, short: 'p' } },
    });
    if (positionals.length !== 1) throw new Error('give exactly one Cypher file');
    file = positionals[0]!;
    params = parseParams(values.param ?? []);
    statements = splitStatements(fs.readFileSync(file, 'utf8'));
    if (statements.length === 0) throw new Error(`${file} holds no Cypher statement`);
  } catch (e) {
    console.error(`cypher: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }

  let db;
  try {
    db = await openDatabase({ schema: false });
  } catch (e) {
    if (e instanceof DatabaseUnavailable) {
      console.error(`cypher: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const session = db.driver.session(db.database ? { database: db.database } : {});
  try {
    for (const [i, statement] of statements.entries()) {
      let rows = 0;
      let result;
      try {
        result = session.run(statement, params);
        for await (const record of result) {
          rows += 1;
          console.log(JSON.stringify(plain(record.toObject())));
        }
      } catch (e) {
        const err = e as Error & { code?: string };
        console.error(`cypher: statement ${i + 1} of ${statements.length} in ${file} failed: ${err.code ? `${err.code}: ` : ''}${err.message}`);
        return 1;
      }
      const counters = (await result.summary()).counters.updates();
      const changes = Object.entries(counters)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`);
      console.error(`statement ${i + 1}/${statements.length}: ${rows} rows${changes.length ? `, ${changes.join(', ')}` : ''}`);
    }
    return 0;
  } finally {
    await session.close();
    await db.driver.close();
  }
}

process.exitCode = await main();
