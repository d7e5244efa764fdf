// The built explorer served at /: files with their types, the explorer's routes to
// index.html, nothing outside the build, and the placeholder page while there is no build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiServer } from '../graphql/api-server.ts';
import { useTestDb } from '../setup/db.ts';

const db = useTestDb({ wipe: 'once' });
let dist: string;
let api: ApiServer;
let base: string;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><title>Isnad explorer</title><script src="/assets/app-1a2b.js"></script>',
  );
  fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log("explorer")');
  api = await startApi(db, { clientDir: dist });
  base = api.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await api?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('client/dist at /', () => {
  it('serves index.html at / and for the explorer routes', async () => {
    for (const route of ['/', '/actor/vladimir-putin', '/search']) {
      const res = await fetch(base + route);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('Isnad explorer');
    }
  });

  it('serves assets with their type, cached for good since their names carry their hash', async () => {
    const res = await fetch(`${base}/assets/app-1a2b.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log("explorer")');
  });

  it('answers 404 for a missing file, and never serves what is outside the build', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    for (const sneaky of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const res = await fetch(base + sneaky);
      expect(await res.text(), sneaky).not.toContain('"name": "isnad"');
    }
  });

  it('keeps /graphql and /health to the API', async () => {
    expect((await fetch(`${base}/health`)).headers.get('content-type')).toBe('application/json');
    const graphiql = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql/i);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ health { database } }')}`);
    expect(await get.json()).toEqual({ data: { health: { database: true } } });
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ health { database } }"}',
    });
    expect(await res.json()).toEqual({ data: { health: { database: true } } });
  });

  it('falls back to the placeholder page while there is no build', async () => {
    const bare = await startApi(db, { clientDir: path.join(dist, 'not-built') });
    try {
      const res = await fetch(bare.url.replace(/\/graphql$/, '/'));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('href="/graphql"');
    } finally {
      await bare.close();
    }
  });
});
