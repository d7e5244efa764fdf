// One API server for bench/api.ts, in its own process so that the load generator does not
// share its event loop: `tsx bench/api-server.ts ours|neo4j-graphql PORT` with NEO4J_URI set.
// Prints "listening <port>" once it answers.
import http from 'node:http';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../server/config.ts';
import { connect } from '../server/graph/driver.ts';
import { createApp, listen } from '../server/http/app.ts';
import { neo4jGraphQLSchema } from './api-neo4j-graphql.ts';

const [impl, port] = [process.argv[2], Number(process.argv[3] ?? 0)];
const config = loadConfig();
const { driver } = await connect(config.neo4j);

let server: http.Server;
if (impl === 'ours') {
  // ISNAD_CACHE_TTL_MS in the environment says whether answers are cached.
  server = createApp({ driver, neo4j: config.neo4j });
} else if (impl === 'neo4j-graphql') {
  const yoga = createYoga({
    schema: await neo4jGraphQLSchema(driver),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'error',
  });
  server = http.createServer((req, res) => void yoga(req, res));
} else {
  throw new Error(`usage: tsx bench/api-server.ts ours|neo4j-graphql PORT (not ${impl})`);
}
const address = await listen(server, '127.0.0.1', port);
console.log(`listening ${address.port}`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}
