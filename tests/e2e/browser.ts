// Chromium for the browser tests and the client benchmark: Debian's /usr/bin/chromium driven by
// playwright-core (never `npx playwright install`, which downloads a browser), headless, in a
// fresh profile that is deleted afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  /** The profile folder: its path is on the command line of every process of this browser. */
  profile: string;
  close(): Promise<void>;
}

export async function launchChromium(
  opts: { width?: number; height?: number; downloads?: boolean } = {},
): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium), or set ISNAD_CHROMIUM`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-chromium-'));
  // launchPersistentContext is how playwright takes a user data dir (it refuses --user-data-dir in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    acceptDownloads: opts.downloads ?? true,
    timeout: 60_000,
  });
  return {
    context,
    profile,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
