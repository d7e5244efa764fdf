// Typed calls of the explorer: each GraphQL query of api/queries/ with its variables and the
// shape of its answer, turned into the explorer's own types (state/elements.ts).
import type { EdgeData, Neighborhood, NodeData, NodeType } from '../state/elements.ts';
import type { GraphQLClient } from './client.ts';
import { QUERIES } from './queries.ts';

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  mentionCount: number;
  articleCount: number;
  role?: string | null;
  code?: string | null;
  country?: { code: string } | null;
  score: number;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  lang: 'ar' | 'en';
  publishedAt: string | null;
}

export interface NameRef {
  id: string;
  name: string;
  nameAr: string | null;
}

export interface EvidenceItem {
  id: string;
  text: string;
  index: number;
  start: number;
  end: number;
  rule: string | null;
  confidence: number | null;
  relations: string[];
  articleId: string;
  highlights: { start: number; end: number; text: string; nodeId: string | null }[];
  article: ArticleRef;
}

export interface EvidencePage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: EvidenceItem[];
}

export interface StartingPoints {
  stats: {
    articles: number;
    actors: number;
    events: number;
    claims: number;
    countriesMentioned: number;
    topActors: {
      id: string;
      type: string;
      name: string;
      nameAr: string | null;
      nameEn: string | null;
      mentionCount: number;
      role: string | null;
      country: { code: string } | null;
    }[];
  };
  articles: {
    nodes: (ArticleRef & {
      events: {
        nodes: {
          id: string;
          label: string;
          code: string;
          quadClass: number;
          date: string | null;
          sources: NameRef[];
          targets: NameRef[];
        }[];
      };
    })[];
  };
}

/** `node(id)` with the fields of its kind (api/queries/node-details.graphql). */
export interface NodeDetails {
  __typename: 'Actor' | 'Country' | 'Place' | 'Event' | 'Claim' | 'Article';
  id: string;
  type?: string;
  name?: string;
  nameAr?: string | null;
  nameEn?: string | null;
  aliases?: string[];
  known?: boolean;
  mentionCount?: number;
  articleCount?: number;
  role?: string | null;
  country?: (NameRef & { code: string }) | null;
  code?: string;
  region?: string | null;
  rootCode?: string;
  label?: string;
  quadClass?: number;
  quadClassName?: string;
  date?: string | null;
  mode?: string;
  reportCount?: number;
  sources?: NameRef[];
  targets?: NameRef[];
  place?: NameRef | null;
  text?: string;
  stance?: string;
  verb?: string | null;
  rule?: string | null;
  confidence?: number | null;
  speaker?: NameRef | null;
  via?: NameRef[];
  about?: NameRef[];
  article?: ArticleRef;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  lang?: 'ar' | 'en';
  author?: string | null;
  dateline?: string | null;
  publishedAt?: string | null;
  sentenceCount?: number;
  evidence: EvidencePage;
}

export interface ArticleText extends ArticleRef {
  author: string | null;
  text: string;
}

export interface PathsAnswer {
  length: number | null;
  paths: { length: number; nodes: NodeData[]; edges: EdgeData[] }[];
}

/** Largest neighbourhood the API serves in one answer (schema: limit 1 to 500). */
export const MAX_LIMIT = 500;

/** What a neighbourhood of each kind of node includes: a claim's reaches its article, to end the chain. */
export function neighborhoodTypes(centerType: NodeType | null): NodeType[] | null {
  return centerType === 'CLAIM' ? ['ACTOR', 'COUNTRY', 'PLACE', 'EVENT', 'CLAIM', 'ARTICLE'] : null;
}

type Elements<T> = { data: T }[];

export function explorerApi(client: GraphQLClient) {
  return {
    async search(query: string, first = 8, signal?: AbortSignal): Promise<SearchHit[]> {
      const d = await client.request<{
        search: { edges: { score: number; node: Omit<SearchHit, 'score'> }[] };
      }>(QUERIES.search, { query, first }, signal);
      return d.search.edges.map((e) => ({ ...e.node, score: e.score }));
    },

    startingPoints(signal?: AbortSignal): Promise<StartingPoints> {
      return client.request<StartingPoints>(QUERIES.startingPoints, { actors: 8, articles: 5 }, signal);
    },

    async neighborhood(
      id: string,
      opts: { depth?: number; limit?: number; types?: NodeType[] | null } = {},
      signal?: AbortSignal,
    ): Promise<Neighborhood> {
      const d = await client.request<{
        neighborhood: {
          center: string;
          truncated: boolean;
          omitted: number;
          nodes: Elements<NodeData>;
          edges: Elements<EdgeData>;
        };
      }>(
        QUERIES.neighborhood,
        {
          id,
          depth: opts.depth ?? 1,
          limit: Math.min(MAX_LIMIT, opts.limit ?? 150),
          ...(opts.types ? { types: opts.types } : {}),
        },
        signal,
      );
      const nb = d.neighborhood;
      return {
        center: nb.center,
        truncated: nb.truncated,
        omitted: nb.omitted,
        nodes: nb.nodes.map((n) => n.data),
        edges: nb.edges.map((e) => e.data),
      };
    },

    async paths(from: string, to: string, signal?: AbortSignal): Promise<PathsAnswer> {
      const d = await client.request<{
        paths: {
          length: number | null;
          paths: { length: number; nodes: Elements<NodeData>; edges: Elements<EdgeData> }[];
        };
      }>(QUERIES.paths, { from, to, maxLength: 6, first: 5 }, signal);
      return {
        length: d.paths.length,
        paths: d.paths.paths.map((p) => ({
          length: p.length,
          nodes: p.nodes.map((n) => n.data),
          edges: p.edges.map((e) => e.data),
        })),
      };
    },

    async nodeDetails(id: string, signal?: AbortSignal): Promise<NodeDetails | null> {
      const d = await client.request<{ node: NodeDetails | null }>(
        QUERIES.nodeDetails,
        { id, evidence: 5 },
        signal,
      );
      return d.node;
    },

    async evidence(
      id: string,
      after: string | null = null,
      first = 5,
      signal?: AbortSignal,
    ): Promise<EvidencePage> {
      const d = await client.request<{ evidence: EvidencePage }>(
        QUERIES.evidence,
        { id, first, after },
        signal,
      );
      return d.evidence;
    },

    async article(id: string, signal?: AbortSignal): Promise<ArticleText | null> {
      const d = await client.request<{ node: (ArticleText & { __typename: string }) | null }>(
        QUERIES.article,
        { id },
        signal,
      );
      return d.node && d.node.__typename === 'Article' ? d.node : null;
    },
  };
}

export type ExplorerApi = ReturnType<typeof explorerApi>;
