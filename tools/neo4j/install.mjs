// Fetches the Neo4j jars and compiles the launcher (Maven), so that the local database later
// starts offline. Plain JavaScript: it runs from `npm install`, before anything else is set up.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const target = path.join(dir, 'target');
const stampFile = path.join(target, 'install.stamp');

/** Hash of everything the build reads: a rebuild happens exactly when one of them changed. */
function inputsHash() {
  const hash = createHash('sha256');
  const files = ['pom.xml', ...listFiles(path.join(dir, 'src')).map((f) => path.relative(dir, f))].sort();
  for (const f of files) {
    hash
      .update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(dir, f)))
      .update('\0');
  }
  return hash.digest('hex');
}

function listFiles(root) {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(root, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

export function installNeo4j({ force = false } = {}) {
  if (process.env.ISNAD_SKIP_NEO4J_INSTALL === '1') {
    console.log('isnad: ISNAD_SKIP_NEO4J_INSTALL=1, not building the local Neo4j');
    return;
  }
  const stamp = inputsHash();
  const built = fs.existsSync(path.join(target, 'classes', 'isnad', 'neo4j', 'Launcher.class'));
  if (!force && built && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    console.log('isnad: local Neo4j jars up to date');
    return;
  }
  const mvn = process.env.MVN || 'mvn';
  const probe = spawnSync(mvn, ['-v'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.error) {
    const message =
      `isnad: Maven (${mvn}) not found. It fetches the Neo4j jars for the local database: install Maven 3.8+ ` +
      'and Java 17 (e.g. apt-get install maven openjdk-17-jdk-headless) and run `npm install` again.';
    if (process.env.NEO4J_URI) {
      // The local database is not needed when everything points at another server.
      console.warn(`${message}\nisnad: NEO4J_URI is set, so continuing without the local Neo4j.`);
      return;
    }
    throw new Error(
      `${message}\nTo install without the local database (using NEO4J_URI), set ISNAD_SKIP_NEO4J_INSTALL=1.`,
    );
  }
  console.log('isnad: fetching Neo4j jars and compiling the launcher (Maven)...');
  const t0 = Date.now();
  // The launcher's classpath is target/lib/*: jars left from an older Neo4j version must go.
  fs.rmSync(path.join(target, 'lib'), { recursive: true, force: true });
  fs.rmSync(stampFile, { force: true });
  const run = spawnSync(
    mvn,
    ['-q', '-B', '-Dstyle.color=never', '-f', path.join(dir, 'pom.xml'), 'package'],
    {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  if (run.status !== 0) {
    throw new Error(`isnad: Maven failed (exit ${run.status ?? run.signal}); see its output above`);
  }
  fs.writeFileSync(stampFile, stamp);
  const jars = fs.readdirSync(path.join(target, 'lib')).length;
  console.log(`isnad: local Neo4j ready to start (${jars} jars, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  installNeo4j({ force: process.argv.includes('--force') });
}
