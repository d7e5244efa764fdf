import { defineConfig } from 'vitest/config';

// Tests that need Neo4j (or the HTTP server on it) live in these folders, or anywhere under a
// name ending in .db.test.ts. They form the `db` project: one database for the run
// (tests/setup/global-db.ts), files one at a time because they share it. Everything else is
// the `unit` project and runs in parallel, without a database.
const DB_TESTS = [
  'tests/graph/**/*.test.ts',
  'tests/graphql/**/*.test.ts',
  'tests/http/**/*.test.ts',
  'tests/tools/**/*.test.ts',
  'tests/**/*.db.test.ts',
];
const NOT_HERE = ['tests/e2e/**', 'node_modules/**'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...NOT_HERE, ...DB_TESTS],
          // the first extraction in a file loads every lexicon (seconds on a busy machine)
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: DB_TESTS,
          exclude: NOT_HERE,
          globalSetup: ['tests/setup/global-db.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The explorer in Chromium against the real server on its own seeded Neo4j (the same
        // global setup as `db`, plus a Vite build of the client). Its own group (groupOrder): it
        // never runs at the same time as `db`, so a shared NEO4J_URI is used by one at a time.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['node_modules/**'],
          globalSetup: ['tests/setup/global-db.ts', 'tests/e2e/setup/build-client.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
