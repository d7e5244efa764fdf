// Vitest global setup of the `e2e` project: builds the explorer with Vite into a temporary folder
// (not client/dist, which a running `npm start` may be serving) and tells the tests where it is.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../../../server/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    clientDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'isnad-e2e-client-'));
  await build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('clientDir', outDir);
  return () => fs.rm(outDir, { recursive: true, force: true });
}
