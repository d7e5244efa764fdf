// Who may write. With ISNAD_WRITE_TOKEN set, a request that shows it (Authorization: Bearer …).
// Without one, only a client on this machine: a process on loopback, not relayed by a proxy
// (which would make every client look local), and not a web page from another origin (which a
// browser on this machine would otherwise let post to localhost).
import { timingSafeEqual, createHash } from 'node:crypto';
import type http from 'node:http';

export interface WriteAccessOptions {
  token: string | undefined;
  /** Origins allowed by CORS; a page from one of them may write like a local client. */
  allowedOrigins: string[];
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Null when the request may write; otherwise why not, in words for the caller. */
export function writeDenied(req: http.IncomingMessage, opts: WriteAccessOptions): string | null {
  const auth = req.headers.authorization ?? '';
  const given = /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1];
  if (opts.token !== undefined) {
    // Compared as digests, in constant time, so the comparison leaks neither content nor length.
    if (given !== undefined && timingSafeEqual(digest(given), digest(opts.token))) return null;
    return given === undefined
      ? 'writing needs the write token: send the header "Authorization: Bearer <ISNAD_WRITE_TOKEN>"'
      : 'the write token is wrong';
  }
  if (!isLoopback(req.socket.remoteAddress)) {
    return 'writing is allowed only from this machine while ISNAD_WRITE_TOKEN is not set';
  }
  if (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined) {
    return 'writing through a proxy needs ISNAD_WRITE_TOKEN to be set';
  }
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    !sameOrigin(origin, req) &&
    !opts.allowedOrigins.includes(origin) &&
    !opts.allowedOrigins.includes('*')
  ) {
    return `writing from a web page of ${origin} is not allowed (see ISNAD_CORS_ORIGINS)`;
  }
  return null;
}

export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

function sameOrigin(origin: string, req: http.IncomingMessage): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
