// What tests compare the graph by: a full dump (every node and edge with its properties) and
// the health checks of cypher/admin/check-graph.cypher. Test plumbing, so its Cypher is here.
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../server/graph/cypher.ts';
import { plain } from '../../server/graph/values.ts';

const NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
const EVENTS = 'MATCH (e:Event) RETURN e.id AS id, e.mergeKey + " @" + reduce(s = "", a IN COLLECT { MATCH (e)-[:REPORTED_IN]->(a) RETURN a.id ORDER BY a.id } | s + " " + a) AS name';
// Which report of an event came first decides its id and date; writers running at once may
// come in either order, so comparisons across runs name events by their key and reporters.
const FIRST_REPORT_DECIDES = ['id', 'date', 'code', 'label', 'mode'];
const EDGES =
  'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, properties(r) AS props';
const COUNTS = 'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges';

/** Every node and edge as sorted JSON lines; `omit` drops properties that differ by design
 * between two writes of the same content (e.g. ingestedAt); `eventsByReports` names events by
 * merge key and reporting articles instead of by id. */
export async function dumpGraph(driver: Driver, omit: string[] = [], eventsByReports = false): Promise<string[]> {
  const strip = (props: Record<string, unknown>, more: string[] = []) =>
    Object.fromEntries(
      Object.entries(plain(props) as Record<string, unknown>)
        .filter(([k]) => !omit.includes(k) && !more.includes(k))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const names = new Map<string, string>();
  if (eventsByReports) for (const r of (await driver.executeQuery(EVENTS)).records) names.set(r.get('id'), r.get('name'));
  const name = (id: string) => names.get(id) ?? id;
  const nodes = (await driver.executeQuery(NODES)).records.map((r) => {
    const labels = [...(r.get('labels') as string[])].sort();
    const props = r.get('props') as Record<string, unknown>;
    return eventsByReports && labels.includes('Event')
      ? JSON.stringify(['node', labels, name(props.id as string), strip(props, FIRST_REPORT_DECIDES)])
      : JSON.stringify(['node', labels, strip(props)]);
  });
  const edges = (await driver.executeQuery(EDGES)).records.map((r) =>
    JSON.stringify(['edge', r.get('type'), name(r.get('from')), name(r.get('to')), strip(r.get('props'))]),
  );
  return [...nodes, ...edges].sort();
}

export async function countGraph(driver: Driver): Promise<{ nodes: number; edges: number }> {
  const r = (await driver.executeQuery(COUNTS)).records[0]!;
  return { nodes: r.get('nodes') as number, edges: r.get('edges') as number };
}

/** The checks of cypher/admin/check-graph.cypher that fail, with their sample ids. */
export async function graphProblems(driver: Driver): Promise<{ problem: string; count: number; sample: string[] }[]> {
  const { records } = await driver.executeQuery(loadCypher('admin/check-graph'));
  return records.map((r) => plain(r.toObject()) as { problem: string; count: number; sample: string[] }).filter((p) => p.count > 0);
}
