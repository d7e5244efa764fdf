// The graph as the explorer holds it: the data of Cytoscape.js elements as the API's
// `neighborhood` and `paths` return them (server/graphql/schema.graphql: GraphNodeData,
// GraphEdgeData). Fields the server leaves out for a kind of node come as null.

export type NodeType = 'ACTOR' | 'COUNTRY' | 'PLACE' | 'EVENT' | 'CLAIM' | 'ARTICLE';
export type EntityType = 'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP' | 'COUNTRY' | 'PLACE';

export const NODE_TYPES: readonly NodeType[] = ['ACTOR', 'COUNTRY', 'PLACE', 'EVENT', 'CLAIM', 'ARTICLE'];

export interface NodeData {
  id: string;
  label: string;
  type: NodeType;
  entityType?: EntityType | null;
  nameAr?: string | null;
  nameEn?: string | null;
  country?: string | null;
  role?: string | null;
  mentionCount?: number | null;
  articleCount?: number | null;
  code?: string | null;
  quadClass?: number | null;
  date?: string | null;
  mode?: string | null;
  reportCount?: number | null;
  stance?: string | null;
  title?: string | null;
  source?: string | null;
  lang?: string | null;
  url?: string | null;
  distance?: number | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  type: string;
  rule?: string | null;
  confidence?: number | null;
  articleId?: string | null;
  sentence?: string | null;
  sentenceIndex?: number | null;
  order?: number | null;
  count?: number | null;
}

/** What `neighborhood` answers, as the explorer keeps it. */
export interface Neighborhood {
  center: string;
  nodes: NodeData[];
  edges: EdgeData[];
  truncated: boolean;
  omitted: number;
}

/**
 * The filter category of a node: actors by their entity type (people, organisations, media,
 * groups are told apart in the UI), every other node by its own type.
 */
export type Category =
  'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP' | 'COUNTRY' | 'PLACE' | 'EVENT' | 'CLAIM' | 'ARTICLE';

export const CATEGORIES: readonly Category[] = [
  'PERSON',
  'ORGANIZATION',
  'MEDIA',
  'GROUP',
  'COUNTRY',
  'PLACE',
  'EVENT',
  'CLAIM',
  'ARTICLE',
];

export function categoryOf(n: NodeData): Category {
  if (n.type === 'ACTOR') {
    const t = n.entityType;
    return t === 'ORGANIZATION' || t === 'MEDIA' || t === 'GROUP' ? t : 'PERSON';
  }
  return n.type;
}

/** The kind of node from a global id's prefix (`actor:…`, `country:RU`…), null for another id. */
export function typeOfId(id: string): NodeType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  switch (prefix) {
    case 'actor':
      return 'ACTOR';
    case 'country':
      return 'COUNTRY';
    case 'place':
      return 'PLACE';
    case 'event':
      return 'EVENT';
    case 'claim':
      return 'CLAIM';
    case 'article':
      return 'ARTICLE';
    default:
      return null;
  }
}
