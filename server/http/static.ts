// Serves the built explorer (client/dist) at /: its files, and index.html for the explorer's
// own routes. Whether the build exists is asked at each request, so a build made while the
// server runs is served without a restart; without one the caller serves its placeholder.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A handler for GET/HEAD requests of the files under `root`; it returns false (and sends
 * nothing) when `root` holds no index.html or the request is not for it.
 */
export function staticFiles(root: string): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const base = path.resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const index = path.join(base, 'index.html');
    if (!fs.existsSync(index)) return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return false;
    }
    // Resolved, then checked to be inside root: `..` and encoded slashes cannot step out.
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return false;
    let target = file;
    let stat = statOf(target);
    if (stat?.isDirectory()) {
      target = path.join(target, 'index.html');
      stat = statOf(target);
    }
    if (!stat?.isFile()) {
      // A path without an extension is one of the explorer's routes; anything else is missing.
      if (path.extname(pathname) !== '') return false;
      target = index;
      stat = statOf(target);
      if (!stat?.isFile()) return false;
    }
    const ext = path.extname(target).toLowerCase();
    // Vite puts content-hashed names under assets/: they never change, so they may be kept.
    const immutable = path.relative(base, target).startsWith(`assets${path.sep}`);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(target).pipe(res);
    return true;
  };
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
