// Every query the server runs lives in cypher/<name>.cypher and is loaded here by name, once.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.ts';

const cypherDir = path.join(repoRoot, 'cypher');
const cache = new Map<string, string[]>();

// Names are paths below cypher/ without the extension (`schema`, `ingest/write-articles`);
// nothing that could step out of the folder.
const NAME = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/** The single statement in cypher/<name>.cypher (its comments kept, a final `;` dropped). */
export function loadCypher(name: string): string {
  const statements = loadStatements(name);
  if (statements.length !== 1) {
    throw new Error(
      `cypher/${name}.cypher holds ${statements.length} statements; loadCypher wants exactly one (use loadStatements)`,
    );
  }
  return statements[0]!;
}

/** The statements of cypher/<name>.cypher, in order, for files that hold several (e.g. the schema). */
export function loadStatements(name: string): string[] {
  let statements = cache.get(name);
  if (statements === undefined) {
    if (!NAME.test(name)) throw new Error(`not a Cypher file name: '${name}'`);
    const file = path.join(cypherDir, `${name}.cypher`);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`cannot read ${path.relative(repoRoot, file)}: ${(e as Error).message}`, { cause: e });
    }
    statements = splitStatements(text);
    cache.set(name, statements);
  }
  return statements;
}

/**
 * Splits Cypher text on the semicolons that end statements: not those inside strings, quoted
 * names or comments. Chunks holding nothing but comments and blanks are dropped.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let hasCode = false;
  let i = 0;
  const push = (end: number) => {
    if (hasCode) statements.push(text.slice(start, end).trim());
    hasCode = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol + 1;
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) throw new SyntaxError('unterminated /* comment in Cypher text');
      i = close + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(text, i);
      hasCode = true;
    } else if (c === ';') {
      push(i);
      start = ++i;
    } else {
      if (!/\s/.test(c)) hasCode = true;
      i++;
    }
  }
  push(text.length);
  return statements;
}

/** Index just past the quoted string or name that opens at `open`. */
function skipQuoted(text: string, open: number): number {
  const quote = text[open]!;
  let i = open + 1;
  while (i < text.length) {
    const c = text[i]!;
    // Strings escape with a backslash; quoted names escape a backtick by doubling it.
    if (c === '\\' && quote !== '`') {
      i += 2;
    } else if (c === quote) {
      if (quote === '`' && text[i + 1] === '`') i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  throw new SyntaxError(`unterminated ${quote === '`' ? 'quoted name' : 'string'} in Cypher text`);
}
