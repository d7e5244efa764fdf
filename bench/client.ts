// npm run bench:client [-- --runs 5] [--nodes 2000] [--edges 4000] [--expand 60]
// The explorer in headless Chromium: how long the first render of a big neighbourhood takes
// (layout included) and how long an expansion takes to show. The built client is served with a
// stand-in for the GraphQL API that answers with a synthetic neighbourhood (bench/client-graph.ts),
// since the real API caps a neighbourhood at 500 nodes; the client code path is the real one
// (the starting-point button, the double-click on a node), timed by the marks the client sets:
//   first render        neighbourhood received → first frame after the layout
//   first render total  button clicked → same frame (request and JSON included)
//   expand              double-click handled → first frame with the new nodes placed
//   expand settled      same start → the fan-out animation over
// Targets: first render ≤ 2 s, expand ≤ 300 ms.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { repoRoot } from '../server/config.ts';
import { staticFiles } from '../server/http/static.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { CENTER, neighbourhood } from './client-graph.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    nodes: { type: 'string', default: '2000' },
    edges: { type: 'string', default: '4000' },
    expand: { type: 'string', default: '60' },
    screenshots: { type: 'string', default: path.join(repoRoot, 'test-artifacts', 'bench') },
  },
});
const runs = Number(values.runs);
const size = { nodes: Number(values.nodes), edges: Number(values.edges) };
const expandSize = Number(values.expand);

const graph = neighbourhood(CENTER, size, 1, 'n');
/** Any node the benchmark expands gets `expandSize` neighbours of its own, not in the view yet. */
const expansions = new Map<string, ReturnType<typeof neighbourhood>>();
function expansionOf(id: string): ReturnType<typeof neighbourhood> {
  if (!expansions.has(id)) {
    const n = expansions.size + 2;
    expansions.set(id, neighbourhood(id, { nodes: expandSize + 1, edges: expandSize * 2 }, n, `x${n}`));
  }
  return expansions.get(id)!;
}

/** The stand-in API: the neighbourhoods above, and an empty graph's worth of everything else. */
function answer(query: string, variables: Record<string, unknown>): unknown {
  if (query.includes('neighborhood(')) {
    const nb = variables.id === CENTER ? graph : expansionOf(String(variables.id));
    return {
      neighborhood: {
        center: variables.id,
        truncated: false,
        omitted: 0,
        nodes: nb.nodes.map((data) => ({ data })),
        edges: nb.edges.map((data) => ({ data })),
      },
    };
  }
  if (query.includes('stats')) {
    return {
      stats: {
        articles: 0,
        actors: 1,
        events: 0,
        claims: 0,
        countriesMentioned: 0,
        topActors: [
          {
            id: CENTER,
            type: 'PERSON',
            name: 'Centre',
            nameAr: 'المركز',
            nameEn: 'Centre',
            mentionCount: 500,
            role: null,
            country: null,
          },
        ],
      },
      articles: { nodes: [] },
    };
  }
  if (query.includes('node(')) return { node: null };
  if (query.includes('evidence('))
    return { evidence: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } };
  return {};
}

/**
 * CPU seconds used so far by every process of the browser (renderer, GPU, browser), from /proc:
 * on a machine shared with other jobs, wall time alone says as much about them as about us.
 */
function browserCpu(profile: string): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/u.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks / 100) * 1000;
}

async function main(): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-client-'));
  await build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const serveClient = staticFiles(outDir);
  const server = http.createServer((req, res) => {
    if (req.url === '/graphql' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as {
          query: string;
          variables: Record<string, unknown>;
        };
        const json = JSON.stringify({ data: answer(query, variables ?? {}) });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      });
      return;
    }
    if (!serveClient(req, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium({ width: 1280, height: 800 });
  fs.mkdirSync(values.screenshots!, { recursive: true });

  const rows: Record<string, number>[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await page.goto(`${base}/`);
      await page.locator(`button[data-start="${CENTER}"]`).waitFor();
      const cpu0 = browserCpu(browser.profile);
      await page.click(`button[data-start="${CENTER}"]`);
      await page.waitForFunction(() => performance.getEntriesByName('isnad:first-render').length > 0, null, {
        timeout: 120_000,
        polling: 50,
      });
      const cpuFirst = browserCpu(browser.profile) - cpu0;
      const drawn = await page.evaluate(() => [
        window.__isnad!.cy.nodes().length,
        window.__isnad!.cy.edges().length,
      ]);
      if (i === 0) await page.screenshot({ path: path.join(values.screenshots!, 'first-render.png') });
      // Expand a node the way an analyst does: a double-click where the canvas draws it, on an
      // actor that no other node covers, at zoom 1.
      const target = await page.evaluate(() => {
        const cy = window.__isnad!.cy;
        const boxes = cy.nodes().map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true }) }));
        const clear = cy.nodes('[type="ACTOR"]').filter((n) => {
          const p = n.position();
          return boxes.every(
            ({ id, b }) =>
              id === n.id() || p.x < b.x1 - 6 || p.x > b.x2 + 6 || p.y < b.y1 - 6 || p.y > b.y2 + 6,
          );
        });
        const n = clear.length > 0 ? clear[Math.floor(clear.length / 2)]! : cy.nodes('[type="ACTOR"]')[0]!;
        cy.zoom(1);
        cy.center(n);
        const p = n.renderedPosition();
        const box = cy.container()!.getBoundingClientRect();
        return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
      });
      const at = { x: target.x, y: target.y };
      // From a settled view: the panel opened by the first render has loaded, the canvas has redrawn.
      await page.waitForTimeout(1000);
      const cpu1 = browserCpu(browser.profile);
      await page.mouse.dblclick(at.x, at.y);
      await page.waitForFunction(() => performance.getEntriesByName('isnad:expand').length > 0, null, {
        timeout: 60_000,
        polling: 20,
      });
      const cpuExpand = browserCpu(browser.profile) - cpu1;
      const lastOp = await page.evaluate(() => JSON.stringify(window.__isnad!.state().ops.at(-1)));
      if (JSON.parse(lastOp).id !== target.id)
        throw new Error(`the double-click expanded something else: ${lastOp}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('isnad:expand-settled').length > 0,
        null,
        { timeout: 60_000 },
      );
      if (i === 0) await page.screenshot({ path: path.join(values.screenshots!, 'expanded.png') });
      const m = await page.evaluate(() =>
        Object.fromEntries(
          [
            'isnad:first-render',
            'isnad:first-render-total',
            'isnad:expand',
            'isnad:expand-render',
            'isnad:expand-settled',
          ].map((name) => [name.replace('isnad:', ''), performance.getEntriesByName(name)[0]!.duration]),
        ),
      );
      const after = await page.evaluate(() => window.__isnad!.cy.nodes().length);
      if (i === 0) {
        console.log(
          'stages of the first render and the expansion (ms):',
          await page.evaluate(() =>
            ['isnad:sync', 'isnad:panels', 'isnad:layout'].map(
              (n) =>
                `${n.slice(6)} ${performance
                  .getEntriesByName(n)
                  .map((e) => e.duration.toFixed(0))
                  .join(', ')}`,
            ),
          ),
        );
      }
      rows.push({
        ...m,
        'first-render-cpu': cpuFirst,
        'expand-cpu': cpuExpand,
        nodes: drawn[0]!,
        edges: drawn[1]!,
        added: after - drawn[0]!,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }

  const med = (k: string) => {
    const xs = rows.map((r) => r[k]!).sort((a, b) => a - b);
    return xs[Math.floor((xs.length - 1) / 2)]!;
  };
  const max = (k: string) => Math.max(...rows.map((r) => r[k]!));
  const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
  console.log(
    `client benchmark: headless Chromium, ${runs} runs, 1280×800; drawn ${rows[0]!.nodes} nodes (incl. "+N more" badges) and ${rows[0]!.edges} edges, an expansion adds ${rows[0]!.added}`,
  );
  console.log('                      median        max    target');
  console.log(
    `first render        ${ms(med('first-render'))} ${ms(max('first-render'))}   ≤ 2000 ms   (data → frame, layout included)`,
  );
  console.log(
    `first render total  ${ms(med('first-render-total'))} ${ms(max('first-render-total'))}               (click → frame)`,
  );
  console.log(
    `  browser CPU       ${ms(med('first-render-cpu'))} ${ms(max('first-render-cpu'))}               (all its processes, 10 ms ticks)`,
  );
  console.log(
    `expand              ${ms(med('expand'))} ${ms(max('expand'))}   ≤ 300 ms    (double-click → new nodes drawn)`,
  );
  console.log(
    `  client share      ${ms(med('expand-render'))} ${ms(max('expand-render'))}               (answer received → frame)`,
  );
  console.log(`  browser CPU       ${ms(med('expand-cpu'))} ${ms(max('expand-cpu'))}`);
  console.log(
    `expand settled      ${ms(med('expand-settled'))} ${ms(max('expand-settled'))}               (animation over)`,
  );
  const [l1, l5] = os.loadavg();
  console.log(
    `machine: ${os.cpus().length} cores, load average ${l1!.toFixed(1)} (1 min), ${l5!.toFixed(1)} (5 min) at the end`,
  );
  console.log(`screenshots in ${path.relative(process.cwd(), values.screenshots!) || '.'}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
