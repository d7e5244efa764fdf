// The local Neo4j's start/stop/status (tools/neo4j/control.ts) with the real launcher: the
// failures a developer meets (port taken, stale pid file, no Java, a start that fails) and a
// full background lifecycle, as `npm run db:start` / `db:stop` run it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadConfig, repoRoot, type LocalNeo4jConfig } from '../../server/config.ts';
import { findJava, launcherCommand, start, status } from '../../tools/neo4j/control.ts';

const dirs: string[] = [];
const servers: net.Server[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-control-test-'));
  dirs.push(d);
  return d;
}

/** A port held by a plain TCP server for the test's duration. */
async function takenPort(): Promise<number> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((r) => server.listen({ host: '127.0.0.1', port: 0 }, r));
  return (server.address() as net.AddressInfo).port;
}

async function freePort(): Promise<number> {
  const port = await takenPort();
  await new Promise((r) => servers.pop()!.close(r));
  return port;
}

function localConfig(overrides: Partial<LocalNeo4jConfig>): LocalNeo4jConfig {
  return { ...loadConfig({}).local, dataDir: tempDir(), ...overrides };
}

describe('a start with the port taken', () => {
  it('fails at once, saying which port and what to do', { timeout: 15_000 }, async () => {
    const cfg = localConfig({ port: await takenPort() });
    const failure = start(cfg);
    await expect(failure).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    await expect(failure).rejects.toThrow(
      new RegExp(`port 127\\.0\\.0\\.1:${cfg.port} is already in use.*NEO4J_PORT`),
    );
    expect(status(cfg)).toEqual({ state: 'stopped', stalePid: null });
  });

  it(
    'also fails fast in the launcher itself (when the port is taken after the check)',
    { timeout: 15_000 },
    async () => {
      const cfg = localConfig({ port: await takenPort() });
      const { command, args, env } = launcherCommand(cfg, findJava(), false);
      const run = spawnSync(command, args, { env, cwd: cfg.dataDir, encoding: 'utf8', timeout: 14_000 });
      expect(run.status).toBe(2);
      expect(run.stdout).toContain(`ERROR 2 port 127.0.0.1:${cfg.port} is already in use`);
    },
  );
});

describe('failures before and during a start', () => {
  it('names Java as missing when JAVA_HOME points nowhere', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = path.join(os.tmpdir(), 'no-such-java-home');
    try {
      expect(() => findJava()).toThrow(/Java not found \(JAVA_HOME=.*no-such-java-home\)/);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });

  it(
    'reports a failed start with the tail of the logs, and leaves no pid file',
    { timeout: 60_000 },
    async () => {
      const cfg = localConfig({ port: await freePort() });
      // Neo4j cannot create its store where a file stands.
      fs.writeFileSync(path.join(cfg.dataDir, 'data'), 'not a folder');
      const failure = start(cfg);
      await expect(failure).rejects.toMatchObject({ code: 'START_FAILED' });
      await expect(failure).rejects.toThrow(/launcher\.log \(last \d+ lines\)\nERROR 1 Neo4j did not start/);
      expect(fs.existsSync(path.join(cfg.dataDir, 'neo4j.pid'))).toBe(false);
    },
  );

  it('treats a pid file naming another process as stale', () => {
    const cfg = localConfig({});
    // This test process is alive, but it is not a Neo4j launcher.
    fs.writeFileSync(path.join(cfg.dataDir, 'neo4j.pid'), `${process.pid}\n`);
    expect(status(cfg)).toEqual({ state: 'stopped', stalePid: process.pid });
  });
});

describe('the test run’s own Neo4j', () => {
  const local = inject('neo4j').local;

  it.skipIf(local === null)('is reported running, and a second start reuses it', async () => {
    const st = status(local!);
    expect(st).toMatchObject({ state: 'running', uri: `bolt://127.0.0.1:${local!.port}` });
    const again = await start(local!);
    expect(again).toMatchObject({ started: false, uri: `bolt://127.0.0.1:${local!.port}`, ms: 0 });
    expect(again.pid).toBe(st.state === 'running' ? st.pid : -1);
  });
});

describe('npm run db:start / db:status / db:stop', () => {
  const cli = (cmd: string, env: Record<string, string>) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tools/neo4j/cli.ts', cmd], {
        cwd: repoRoot,
        env: { ...process.env, NEO4J_URI: '', ...env },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });

  it('start in the background, start again, status, stop, stop again', { timeout: 180_000 }, async () => {
    const cfg = localConfig({ port: await freePort() });
    const env = { NEO4J_PORT: String(cfg.port), NEO4J_DATA_DIR: cfg.dataDir };

    const first = await cli('start', env);
    expect(first.out).toMatch(
      new RegExp(`Neo4j ready on bolt://127\\.0\\.0\\.1:${cfg.port} in [\\d.]+ s \\(pid \\d+`),
    );
    expect(first.code).toBe(0);
    const pid = Number(fs.readFileSync(path.join(cfg.dataDir, 'neo4j.pid'), 'utf8'));
    try {
      const second = await cli('start', env);
      expect(second).toMatchObject({ code: 0, out: expect.stringContaining(`already running`) });
      const st = await cli('status', env);
      expect(st.code).toBe(0);
      expect(st.out).toMatch(
        new RegExp(`running on bolt://127\\.0\\.0\\.1:${cfg.port} \\(pid ${pid}, RSS \\d+ MB`),
      );
    } finally {
      const stopped = await cli('stop', env);
      expect(stopped).toMatchObject({ code: 0, out: `Neo4j stopped (pid ${pid})\n` });
    }
    // A clean shutdown: the launcher's shutdown hook ran.
    expect(fs.readFileSync(path.join(cfg.dataDir, 'launcher.log'), 'utf8')).toMatch(/^STOPPED$/m);
    expect(await cli('stop', env)).toMatchObject({ code: 0, out: 'Neo4j is not running\n' });
    expect(await cli('status', env)).toMatchObject({ code: 3 });
  });
});
