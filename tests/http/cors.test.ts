// CORS as configured (ISNAD_CORS_ORIGINS): a listed origin may call from a browser, another
// gets no CORS headers; with nothing configured, none at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiServer } from '../graphql/api-server.ts';
import { useTestDb } from '../setup/db.ts';

const db = useTestDb({ wipe: 'once' });
let open: ApiServer;
let closed: ApiServer;

beforeAll(async () => {
  open = await startApi(db, { api: { corsOrigins: ['http://localhost:5173'] } });
  closed = await startApi(db);
});

afterAll(async () => {
  await open?.close();
  await closed?.close();
});

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

describe('CORS', () => {
  it('lets a listed origin call from a browser', async () => {
    const res = await preflight(open.url, 'http://localhost:5173');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const post = await fetch(open.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { database } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives no CORS headers to another origin, nor to any when none is configured', async () => {
    const other = await preflight(open.url, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
    const none = await preflight(closed.url, 'http://localhost:5173');
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});
