// `npm run cypher -- FILE.cypher [--param k=v]`: any Cypher script, statement by statement.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { useTestDb } from '../setup/db.ts';

const db = useTestDb();
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isnad-cypher-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function cypher(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'cli', 'cypher.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: db.config.uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run cypher', { timeout: 60_000 }, () => {
  it('runs every statement of a script with typed parameters, rows as JSON lines', async () => {
    const file = path.join(dir, 'script.cypher');
    await fs.writeFile(
      file,
      `// a comment; with a semicolon
       UNWIND range(1, $n) AS i CREATE (:Probe {i: i, tag: $tag});
       MATCH (p:Probe) WHERE p.i <= $limit RETURN p.i AS i, p.tag AS tag, $list AS list ORDER BY i LIMIT $limit;`,
    );
    const run = await cypher([file, '--param', 'n=5', '--param', 'tag=x;y', '-p', 'limit=2', '--param', 'list=[1,"a"]']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { i: 1, tag: 'x;y', list: [1, 'a'] },
      { i: 2, tag: 'x;y', list: [1, 'a'] },
    ]);
    expect(run.stderr).toMatch(/statement 1\/2: 0 rows, nodesCreated 5/);
    expect(run.stderr).toMatch(/statement 2\/2: 2 rows/);
  });

  it('runs the graph health check shipped in cypher/admin', async () => {
    const run = await cypher([path.join(repoRoot, 'cypher', 'admin', 'check-graph.cypher')]);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { problem: string; count: number });
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.count === 0)).toBe(true);
  });

  it('names the failing statement and exits 1; bad usage exits 2', async () => {
    const file = path.join(dir, 'bad.cypher');
    await fs.writeFile(file, 'RETURN 1 AS one;\nRETURN nosuchfunction(1);');
    const bad = await cypher([file]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim()).toBe('{"one":1}');
    expect(bad.stderr).toMatch(/statement 2 of 2 .* failed: Neo\.ClientError/);
    expect((await cypher([path.join(dir, 'missing.cypher')])).code).toBe(2);
    expect((await cypher([file, '--param', 'novalue'])).stderr).toMatch(/key=value/);
  });
});
