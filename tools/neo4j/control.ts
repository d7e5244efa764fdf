// Start, stop and inspect the local Neo4j (tools/neo4j/src/.../Launcher.java), for the db:* scripts,
// for `npm start` and for the test setup. State lives in the data folder: `neo4j.pid` (the Java
// process id, plain, so `kill $(cat var/neo4j/neo4j.pid)` works) and `launcher.log` (the launcher's
// stdout and stderr for the current run, whose READY/ERROR lines say how the start went).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalNeo4jConfig } from '../../server/config.ts';

const toolDir = fileURLToPath(new URL('.', import.meta.url));
const classesDir = path.join(toolDir, 'target', 'classes');
const libDir = path.join(toolDir, 'target', 'lib');
const jvmArgsFile = path.join(toolDir, 'jvm.args');
const LAUNCHER_CLASS = 'isnad.neo4j.Launcher';
const HOST = '127.0.0.1';

export type ControlErrorCode =
  | 'PORT_IN_USE'
  | 'JAVA_MISSING'
  | 'JARS_MISSING'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'OTHER_PORT'
  | 'STOP_FAILED';

export class Neo4jControlError extends Error {
  override name = 'Neo4jControlError';
  constructor(
    message: string,
    readonly code: ControlErrorCode,
  ) {
    super(message);
  }
}

export interface StartOptions {
  /**
   * Tie the database's life to this process: it stops when this process exits, even on a crash
   * or SIGKILL (the launcher watches its stdin pipe). For tests and `npm start`; `db:start` leaves
   * it running in the background.
   */
  attached?: boolean;
  timeoutMs?: number;
  /** Progress messages (stale pid file removed, waiting for another start...). */
  log?: (message: string) => void;
}

export interface Started {
  pid: number;
  uri: string;
  /** False when a server from an earlier start was found running and reused. */
  started: boolean;
  /** Time from spawn to READY, in ms (0 when reused). */
  ms: number;
}

export type Status =
  | { state: 'running'; pid: number; uri: string | null; rssKb: number | null }
  | { state: 'starting'; pid: number }
  | { state: 'stopped'; stalePid: number | null };

const files = (cfg: LocalNeo4jConfig) => ({
  pid: path.join(cfg.dataDir, 'neo4j.pid'),
  log: path.join(cfg.dataDir, 'launcher.log'),
  lock: path.join(cfg.dataDir, 'neo4j.start.lock'),
  debugLog: path.join(cfg.dataDir, 'logs', 'debug.log'),
});

/** A TCP port free on the loopback interface right now: for a throwaway local Neo4j (tests, benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function start(cfg: LocalNeo4jConfig, opts: StartOptions = {}): Promise<Started> {
  const log = opts.log ?? (() => {});
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const java = findJava();
  checkJars();
  fs.mkdirSync(cfg.dataDir, { recursive: true });

  const release = await acquireStartLock(cfg, timeoutMs, log);
  try {
    let current = status(cfg);
    if (current.state === 'starting') {
      // A launcher whose starter went away (e.g. an interrupted db:start) may still come up.
      log(`waiting for the launcher already starting (pid ${current.pid})`);
      current = await waitWhileStarting(cfg, timeoutMs);
    }
    if (current.state === 'running') {
      const expected = `bolt://${HOST}:${cfg.port}`;
      if (current.uri !== null && current.uri !== expected) {
        throw new Neo4jControlError(
          `Neo4j for ${cfg.dataDir} is already running on ${current.uri} (pid ${current.pid}), not ${expected}. ` +
            'Stop it first (npm run db:stop) or use its port.',
          'OTHER_PORT',
        );
      }
      // Reused as is, even by an attached start: whoever started it decides when it stops.
      return { pid: current.pid, uri: expected, started: false, ms: 0 };
    }
    if (current.state === 'stopped' && current.stalePid !== null) {
      log(`removed stale pid file (pid ${current.stalePid} is not a running Neo4j launcher)`);
      fs.rmSync(files(cfg).pid, { force: true });
    }
    await assertPortFree(cfg.port);
    return await spawnLauncher(cfg, java, opts.attached ?? false, timeoutMs);
  } finally {
    release();
  }
}

export async function stop(
  cfg: LocalNeo4jConfig,
  timeoutMs = 60_000,
): Promise<{ pid: number | null; forced: boolean }> {
  const st = status(cfg);
  if (st.state === 'stopped') {
    fs.rmSync(files(cfg).pid, { force: true });
    return { pid: null, forced: false };
  }
  const pid = st.pid;
  signal(pid, 'SIGTERM');
  let forced = false;
  if (!(await waitForExit(pid, timeoutMs))) {
    forced = true;
    signal(pid, 'SIGKILL');
    if (!(await waitForExit(pid, 10_000))) {
      throw new Neo4jControlError(`Neo4j (pid ${pid}) did not exit after SIGKILL`, 'STOP_FAILED');
    }
  }
  fs.rmSync(files(cfg).pid, { force: true });
  return { pid, forced };
}

export function status(cfg: LocalNeo4jConfig): Status {
  const pid = readPid(files(cfg).pid);
  if (pid === null) return { state: 'stopped', stalePid: null };
  if (!isLauncher(pid)) return { state: 'stopped', stalePid: pid };
  const ready = readLauncherLog(files(cfg).log).ready;
  if (ready === null) return { state: 'starting', pid };
  return { state: 'running', pid, uri: ready.uri, rssKb: rssKb(pid) };
}

/** The last lines of the launcher's output and of Neo4j's debug log, for error messages. */
export function logTail(cfg: LocalNeo4jConfig, lines = 15): string {
  const parts: string[] = [];
  for (const file of [files(cfg).log, files(cfg).debugLog]) {
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    if (text === '') continue;
    parts.push(`--- ${file} (last ${lines} lines)\n${text.split('\n').slice(-lines).join('\n')}`);
  }
  return parts.join('\n');
}

export function findJava(): string {
  const home = process.env.JAVA_HOME?.trim();
  const java = home ? path.join(home, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Neo4jControlError(
      `Java not found (${home ? `JAVA_HOME=${home}` : 'no java on PATH'}). The local Neo4j needs Java 17 or 21: ` +
        'install it (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use another server.',
      'JAVA_MISSING',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) {
    throw new Neo4jControlError(
      `${java} is Java ${Number.isNaN(major) ? '(unknown version)' : major}; Neo4j 5.26 needs Java 17 or 21.`,
      'JAVA_MISSING',
    );
  }
  return java;
}

function checkJars(): void {
  const launcher = path.join(classesDir, ...LAUNCHER_CLASS.split('.')) + '.class';
  const hasNeo4j =
    fs.existsSync(libDir) && fs.readdirSync(libDir).some((f) => /^neo4j-5\.\d+\.\d+\.jar$/.test(f));
  if (!fs.existsSync(launcher) || !hasNeo4j) {
    throw new Neo4jControlError(
      `The Neo4j jars or the launcher are not built (${path.relative(process.cwd(), toolDir) || '.'}/target). ` +
        'Run `npm install` (its postinstall runs Maven; it needs `mvn` on PATH and network access once).',
      'JARS_MISSING',
    );
  }
}

/** The command that runs the launcher for `cfg` (its protocol: see Launcher.java). */
export function launcherCommand(
  cfg: LocalNeo4jConfig,
  java: string,
  attached: boolean,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: java,
    args: [
      `@${jvmArgsFile}`,
      // An initial heap below the maximum keeps the resident size small until the heap is needed;
      // Neo4j only warns when the initial size is left to the JVM's heuristics.
      `-Xms${bytes(cfg.heap) < bytes('256m') ? cfg.heap : '256m'}`,
      `-Xmx${cfg.heap}`,
      '-cp',
      [classesDir, path.join(libDir, '*')].join(path.delimiter),
      LAUNCHER_CLASS,
    ],
    env: {
      ...process.env,
      NEO4J_PORT: String(cfg.port),
      NEO4J_DATA_DIR: cfg.dataDir,
      NEO4J_PAGECACHE: cfg.pageCache,
      NEO4J_EXIT_ON_STDIN_CLOSE: attached ? '1' : '0',
    },
  };
}

function bytes(size: string): number {
  const unit = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[size.slice(-1).toLowerCase()] ?? 1;
  return parseInt(size, 10) * unit;
}

async function spawnLauncher(
  cfg: LocalNeo4jConfig,
  java: string,
  attached: boolean,
  timeoutMs: number,
): Promise<Started> {
  const f = files(cfg);
  const out = fs.openSync(f.log, 'w');
  const t0 = performance.now();
  const { command, args, env } = launcherCommand(cfg, java, attached);
  const child = spawn(command, args, {
    cwd: cfg.dataDir,
    env,
    stdio: [attached ? 'pipe' : 'ignore', out, out],
    // Its own process group: a Ctrl-C meant for the terminal's foreground job (npm, vitest) must
    // not reach the database, which is stopped in order by its owner instead.
    detached: true,
  });
  fs.closeSync(out);
  if (child.pid === undefined) {
    throw new Neo4jControlError(`could not run ${java}`, 'START_FAILED');
  }
  const pid = child.pid;
  fs.writeFileSync(f.pid, `${pid}\n`);
  if (!attached) child.unref();

  let exitCode: number | null = null;
  child.on('exit', (code, sig) => {
    exitCode = code ?? (sig ? 128 : 1);
  });

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { ready, error } = readLauncherLog(f.log);
    if (ready) {
      return { pid, uri: ready.uri, started: true, ms: Math.round(performance.now() - t0) };
    }
    if (error || exitCode !== null) {
      await waitForExit(pid, 5_000);
      fs.rmSync(f.pid, { force: true });
      if (error?.code === 2) {
        throw new Neo4jControlError(
          `Neo4j did not start: ${error.message}. ${portHint(cfg.port)}`,
          'PORT_IN_USE',
        );
      }
      throw new Neo4jControlError(
        `Neo4j did not start (${error ? error.message : `launcher exited with code ${exitCode}`}).\n${logTail(cfg)}`,
        'START_FAILED',
      );
    }
    if (Date.now() > deadline) {
      signal(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
      fs.rmSync(f.pid, { force: true });
      throw new Neo4jControlError(
        `Neo4j was not ready after ${Math.round(timeoutMs / 1000)} s; killed it.\n${logTail(cfg)}`,
        'START_TIMEOUT',
      );
    }
    await sleep(100);
  }
}

async function waitWhileStarting(cfg: LocalNeo4jConfig, timeoutMs: number): Promise<Status> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const st = status(cfg);
    if (st.state !== 'starting') return st;
    if (Date.now() > deadline) {
      throw new Neo4jControlError(
        `the launcher (pid ${st.pid}) was not ready after ${Math.round(timeoutMs / 1000)} s.\n${logTail(cfg)}`,
        'START_TIMEOUT',
      );
    }
    await sleep(200);
  }
}

function readLauncherLog(file: string): {
  ready: { uri: string; ms: number } | null;
  error: { code: number; message: string } | null;
} {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { ready: null, error: null };
  }
  const ready = /^READY (\S+) (\d+)$/m.exec(text);
  const error = /^ERROR (\d+) (.*)$/m.exec(text);
  return {
    ready: ready ? { uri: ready[1]!, ms: Number(ready[2]) } : null,
    error: error ? { code: Number(error[1]), message: error[2]! } : null,
  };
}

function portHint(port: number): string {
  return (
    `Stop the process that listens on ${HOST}:${port} or choose another port with NEO4J_PORT ` +
    '(a Neo4j started with another NEO4J_DATA_DIR counts too: stop it with that NEO4J_DATA_DIR set).'
  );
}

async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new Neo4jControlError(`port ${HOST}:${port} is already in use. ${portHint(port)}`, 'PORT_IN_USE');
  }
}

/**
 * Serialises starts on one data folder: two `db:start` at once (two terminals, two engineers)
 * must not both spawn a launcher and overwrite each other's pid file.
 */
async function acquireStartLock(
  cfg: LocalNeo4jConfig,
  timeoutMs: number,
  log: (m: string) => void,
): Promise<() => void> {
  const lock = files(cfg).lock;
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readPid(lock);
    if (holder === null || !alive(holder)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Neo4jControlError(
        `another start (pid ${holder}) holds ${lock} for more than ${Math.round(timeoutMs / 1000)} s`,
        'START_TIMEOUT',
      );
    }
    if (!announced) {
      log(`waiting for another start in progress (pid ${holder})`);
      announced = true;
    }
    await sleep(200);
  }
}

function readPid(file: string): number | null {
  try {
    const n = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A pid from a file may have been reused by an unrelated process since: check it is ours. */
function isLauncher(pid: number): boolean {
  if (!alive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(LAUNCHER_CLASS);
  } catch {
    // No /proc (macOS): ask ps.
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout.includes(LAUNCHER_CLASS) : true;
  }
}

function rssKb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && !isZombie(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

// A child of this very process that exited but was not yet reaped still answers kill(pid, 0).
function isZombie(pid: number): boolean {
  try {
    return /^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
