// `npm install` hook: everything the project needs besides npm packages, so that `npm start` and
// `npm test` then work offline. Each step is one function; add steps (e.g. a client build) to
// the list.
import { installNeo4j } from './neo4j/install.mjs';
import { buildClient } from '../client/build.mjs';

const steps = [installNeo4j, buildClient];

try {
  for (const step of steps) step();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
