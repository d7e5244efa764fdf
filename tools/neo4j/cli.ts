// `npm run db:start|db:stop|db:status`: the local Neo4j as a background service.
import { loadConfig, redactUri, type Config } from '../../server/config.ts';
import { Neo4jControlError, logTail, start, status, stop } from './control.ts';

const USAGE = 'usage: tsx tools/neo4j/cli.ts start|stop|status';

async function main(command: string | undefined, config: Config): Promise<number> {
  const cfg = config.local;
  if (config.neo4j.external && command !== undefined) {
    console.log(
      `NEO4J_URI is set (${redactUri(config.neo4j.uri)}): no local Neo4j is used, nothing to ${command}.`,
    );
    return 0;
  }
  switch (command) {
    case 'start': {
      const r = await start(cfg, { log: (m) => console.log(m) });
      console.log(
        r.started
          ? `Neo4j ready on ${r.uri} in ${(r.ms / 1000).toFixed(1)} s (pid ${r.pid}, data in ${cfg.dataDir})`
          : `Neo4j already running on ${r.uri} (pid ${r.pid})`,
      );
      return 0;
    }
    case 'stop': {
      const r = await stop(cfg);
      if (r.pid === null) console.log('Neo4j is not running');
      else
        console.log(`Neo4j stopped (pid ${r.pid}${r.forced ? ', killed after the shutdown timed out' : ''})`);
      return 0;
    }
    case 'status': {
      const st = status(cfg);
      if (st.state === 'running') {
        const rss = st.rssKb === null ? '' : `, RSS ${Math.round(st.rssKb / 1024)} MB`;
        console.log(`Neo4j running on ${st.uri} (pid ${st.pid}${rss}, data in ${cfg.dataDir})`);
        return 0;
      }
      if (st.state === 'starting') {
        console.log(`Neo4j starting (pid ${st.pid})`);
        return 0;
      }
      console.log(
        st.stalePid === null
          ? `Neo4j is not running (data in ${cfg.dataDir})`
          : `Neo4j is not running; the pid file names pid ${st.stalePid}, which is not a running Neo4j (stale; the next start removes it)`,
      );
      if (process.argv.includes('--verbose')) console.log(logTail(cfg));
      // LSB convention: 3 means "not running".
      return 3;
    }
    default:
      console.error(USAGE);
      return 64;
  }
}

try {
  process.exitCode = await main(process.argv[2], loadConfig());
} catch (e) {
  if (e instanceof Neo4jControlError || (e instanceof Error && e.name === 'ConfigError')) {
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
