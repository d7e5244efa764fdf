// Builds the explorer into client/dist (which the server serves at /) with Vite, from `npm
// install` (tools/postinstall.mjs) as from `npm run build`. Plain JavaScript: it runs before
// anything else is set up.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function buildClient() {
  let vite;
  try {
    const pkg = createRequire(import.meta.url).resolve('vite/package.json');
    vite = path.join(path.dirname(pkg), 'bin', 'vite.js');
  } catch {
    // An install without dev dependencies (npm ci --omit=dev) has no Vite: the server then
    // serves its placeholder page at / and the API as usual.
    console.warn(
      'postinstall: Vite is not installed (dev dependencies left out), so the explorer is not built',
    );
    return;
  }
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0)
    throw new Error(`the explorer's build failed (vite build exited with ${run.status ?? run.signal})`);
  console.log('postinstall: explorer built into client/dist');
}
