// Turns the command line's PATHS (files, folders, globs) into the list of files to read.
// Only paths are held in memory, never contents: a folder of 100,000 articles is a list of
// 100,000 names, read one file at a time afterwards.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { EXTENSIONS } from './read-files.ts';

export interface ExpandedPaths {
  files: { path: string; size: number }[];
  /** Arguments that named nothing readable, with the reason. */
  missing: { origin: string; reason: string }[];
}

const ARTICLE_GLOB = `**/*.{${EXTENSIONS.join(',')}}`;

export async function expandPaths(args: string[]): Promise<ExpandedPaths> {
  const seen = new Set<string>();
  const out: ExpandedPaths = { files: [], missing: [] };
  const add = async (path: string, size?: number) => {
    const abs = resolve(path);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.files.push({ path: abs, size: size ?? (await stat(abs)).size });
  };
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (st?.isFile()) {
      await add(arg, st.size);
      continue;
    }
    const found = st?.isDirectory()
      ? await fg(ARTICLE_GLOB, { cwd: arg, absolute: true, onlyFiles: true, stats: true, caseSensitiveMatch: false })
      : fg.isDynamicPattern(arg)
        ? await fg(arg, { absolute: true, onlyFiles: true, stats: true })
        : null;
    if (found === null) {
      out.missing.push({ origin: arg, reason: 'no such file or folder' });
      continue;
    }
    if (found.length === 0) {
      out.missing.push({ origin: arg, reason: st ? 'folder holds no article files' : 'pattern matched no file' });
      continue;
    }
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of found) await add(f.path, f.stats?.size);
  }
  return out;
}
