// A deterministic synthetic neighbourhood for the client benchmark, shaped as the API's
// `neighborhood` answers it (GraphNodeData, GraphEdgeData): actors, countries, events, claims
// and articles in news-like proportions, with Arabic and English names, around one centre.
// Synthetic because the API serves at most 500 nodes per neighbourhood; the benchmark measures
// the client drawing more than that (several expansions' worth) at once.
import { rng } from './support.ts';

export interface GraphSize {
  nodes: number;
  edges: number;
}

type Data = Record<string, unknown> & { id: string };

const AR = [
  'بوتين',
  'كيم',
  'الأمم المتحدة',
  'وزارة الخارجية',
  'الجيش',
  'رويترز',
  'الحكومة',
  'المتحدث',
  'البرلمان',
  'الوكالة',
];
const EN = [
  'Putin',
  'Kim',
  'United Nations',
  'Foreign Ministry',
  'Army',
  'Reuters',
  'Government',
  'Spokesman',
  'Parliament',
  'Agency',
];
const COUNTRIES = [
  'RU',
  'KP',
  'US',
  'CN',
  'UA',
  'SY',
  'IR',
  'EG',
  'SA',
  'TR',
  'FR',
  'DE',
  'GB',
  'JP',
  'IN',
  'QA',
  'AE',
  'IQ',
  'LB',
  'JO',
];
const FRAMES: [string, string, number][] = [
  ['042', 'Make a visit', 1],
  ['036', 'Express intent to meet or negotiate', 1],
  ['057', 'Sign formal agreement', 1],
  ['0711', 'Provide military aid', 2],
  ['061', 'Cooperate economically', 2],
  ['112', 'Accuse', 3],
  ['130', 'Threaten', 3],
  ['163', 'Impose embargo or sanctions', 4],
  ['190', 'Use conventional military force', 4],
  ['183', 'Conduct suicide, car, or other non-military bombing', 4],
];
const ENTITY_TYPES = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'ORGANIZATION', 'MEDIA', 'GROUP'];

export const CENTER = 'actor:bench-center';

function nodeData(over: Data): Data {
  const base: Record<string, unknown> = {
    label: over.id,
    type: 'ACTOR',
    entityType: null,
    nameAr: null,
    nameEn: null,
    country: null,
    role: null,
    mentionCount: null,
    articleCount: null,
    code: null,
    quadClass: null,
    date: null,
    mode: null,
    reportCount: null,
    stance: null,
    title: null,
    source: null,
    lang: null,
    url: null,
    distance: 1,
  };
  return { ...base, ...over };
}

function edgeData(source: string, type: string, target: string, r: () => number): Data {
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    label: type.toLowerCase().replace('_', ' '),
    type,
    rule: 'bench.synthetic',
    confidence: Math.round((0.6 + 0.4 * r()) * 100) / 100,
    articleId: 'article:bench',
    sentence: null,
    sentenceIndex: 0,
    order: type === 'VIA' ? 0 : null,
    count: 1,
  };
}

/** `size.nodes` nodes (the centre first) and `size.edges` edges, ids prefixed by `prefix`. */
export function neighbourhood(
  center: string,
  size: GraphSize,
  seed = 1,
  prefix = 'n',
): { nodes: Data[]; edges: Data[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const nodes: Data[] = [
    nodeData({
      id: center,
      label: 'Centre',
      nameAr: 'المركز',
      nameEn: 'Centre',
      entityType: 'PERSON',
      mentionCount: 500,
      distance: 0,
    }),
  ];
  const entities: string[] = [center];
  const countries = COUNTRIES.slice(
    0,
    Math.min(COUNTRIES.length, Math.max(1, Math.round(size.nodes * 0.01))),
  );
  for (const c of countries) {
    const id = `country:${c}`;
    if (id === center) continue;
    nodes.push(
      nodeData({
        id,
        type: 'COUNTRY',
        entityType: 'COUNTRY',
        label: c,
        nameEn: c,
        country: c,
        mentionCount: Math.round(r() * 300),
      }),
    );
    entities.push(id);
  }
  const rest = size.nodes - nodes.length;
  const nActors = Math.round(rest * 0.4);
  const nEvents = Math.round(rest * 0.35);
  const nClaims = rest - nActors - nEvents;
  for (let i = 0; i < nActors; i++) {
    const k = Math.floor(r() * AR.length);
    const ar = r() < 0.5;
    nodes.push(
      nodeData({
        id: `actor:${prefix}-${i}`,
        label: ar ? `${AR[k]} ${i}` : `${EN[k]} ${i}`,
        nameAr: `${AR[k]} ${i}`,
        nameEn: `${EN[k]} ${i}`,
        entityType: pick(ENTITY_TYPES),
        country: pick(COUNTRIES),
        mentionCount: Math.floor(1 / (r() + 0.01)),
        articleCount: 1 + Math.floor(r() * 5),
      }),
    );
    entities.push(`actor:${prefix}-${i}`);
  }
  const events: string[] = [];
  for (let i = 0; i < nEvents; i++) {
    const [code, label, quad] = pick(FRAMES);
    const day = 1 + Math.floor(r() * 28);
    const id = `event:${prefix}${String(i).padStart(6, '0')}`;
    nodes.push(
      nodeData({
        id,
        type: 'EVENT',
        label,
        code,
        quadClass: quad,
        date: `2024-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, '0')}`,
        mode: 'happened',
        reportCount: 1 + Math.floor(r() * 3),
      }),
    );
    events.push(id);
  }
  const claims: string[] = [];
  for (let i = 0; i < nClaims; i++) {
    const id = `claim:${prefix}:${i}`;
    nodes.push(
      nodeData({
        id,
        type: 'CLAIM',
        label: `${pick(AR)} قال إن ${pick(AR)} ${pick(AR)} …`,
        date: `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
        stance: 'asserts',
      }),
    );
    claims.push(id);
  }
  const edges = new Map<string, Data>();
  const add = (s: string, t: string, type: string) => {
    const e = edgeData(s, type, t, r);
    if (s !== t && !edges.has(e.id as string) && edges.size < size.edges) edges.set(e.id as string, e);
  };
  // Every node hangs on the graph: the centre takes part in a share of events and claims, the
  // rest connect through participants, speakers and affiliations.
  for (const ev of events) {
    add(ev, r() < 0.3 ? center : pick(entities), 'SOURCE');
    add(ev, pick(entities), 'TARGET');
  }
  for (const c of claims) {
    add(c, r() < 0.2 ? center : pick(entities), 'SAID_BY');
    add(c, pick(entities), 'ABOUT');
  }
  for (const a of entities.slice(1 + countries.length))
    add(a, `country:${pick(countries)}`, 'AFFILIATED_WITH');
  while (edges.size < size.edges) {
    const kind = r();
    if (kind < 0.4) add(pick(events), pick(entities), 'TARGET');
    else if (kind < 0.6) add(pick(events), pick(entities), 'SOURCE');
    else if (kind < 0.8) add(pick(claims), pick(entities), 'ABOUT');
    else add(pick(claims), pick(entities), 'VIA');
  }
  return { nodes, edges: [...edges.values()] };
}
