// The Cypher file loader: statements split where they end, never inside strings or comments.
import { describe, expect, it } from 'vitest';
import { loadCypher, loadStatements, splitStatements } from '../../server/graph/cypher.ts';

describe('splitStatements', () => {
  it('splits on semicolons and drops blank and comment-only chunks', () => {
    expect(splitStatements('RETURN 1;\n\nRETURN 2 ;\n// trailing note; with a semicolon\n')).toEqual([
      'RETURN 1',
      'RETURN 2',
    ]);
  });

  it('keeps semicolons inside strings, quoted names and comments', () => {
    const text = [
      '// a comment; still a comment',
      'RETURN \'a;b\' AS `x;y`, "c\\";d" AS z /* e; f */;',
      "RETURN 'it\\'s; fine' AS `back``tick;`",
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      '// a comment; still a comment\nRETURN \'a;b\' AS `x;y`, "c\\";d" AS z /* e; f */',
      "RETURN 'it\\'s; fine' AS `back``tick;`",
    ]);
  });

  it('keeps a statement without a final semicolon, and Arabic text whole', () => {
    expect(splitStatements("MATCH (n {name: 'بوتين؛ روسيا'}) RETURN n")).toEqual([
      "MATCH (n {name: 'بوتين؛ روسيا'}) RETURN n",
    ]);
  });

  it('rejects unterminated strings and comments instead of guessing', () => {
    expect(() => splitStatements("RETURN 'open;")).toThrow(/unterminated string/);
    expect(() => splitStatements('RETURN 1 /* open;')).toThrow(/unterminated/);
    expect(() => splitStatements('RETURN `open;')).toThrow(/unterminated quoted name/);
  });

  it('is linear on long input', () => {
    const text = 'RETURN 1;'.repeat(50_000) + "'" + 'x'.repeat(100_000) + "'";
    expect(splitStatements(text)).toHaveLength(50_001);
  });
});

describe('loadCypher / loadStatements', () => {
  it('loads the schema as several statements and refuses it as one', () => {
    expect(loadStatements('schema').length).toBeGreaterThan(5);
    expect(() => loadCypher('schema')).toThrow(/holds \d+ statements/);
    expect(loadCypher('schema-names')).toMatch(/^\/\/[^]*SHOW INDEXES/);
  });

  it('refuses names that leave cypher/ and says which file is missing', () => {
    expect(() => loadCypher('../package')).toThrow(/not a Cypher file name/);
    expect(() => loadCypher('/etc/passwd')).toThrow(/not a Cypher file name/);
    expect(() => loadCypher('no-such-query')).toThrow(/cannot read cypher\/no-such-query\.cypher/);
  });
});
