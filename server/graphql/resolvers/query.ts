// Resolvers of Query: check the arguments (clear errors for bad ones), call server/graph/.
import { edgeEvidence, parseEdgeId, sentenceEvidence } from '../../graph/api-evidence.ts';
import { claimsTimeline, eventsTimeline, listArticles, type ArticleFilter } from '../../graph/api-lists.ts';
import {
  DEFAULT_TYPES,
  neighborhood,
  shortestPaths,
  type GraphNodeType,
} from '../../graph/api-neighborhood.ts';
import { kindOfId, type NodeRecord } from '../../graph/api-nodes.ts';
import { searchEntities } from '../../graph/api-search.ts';
import { graphStats, topActors } from '../../graph/api-stats.ts';
import { SearchTextError } from '../../graph/search-normalize.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import { notFound, userError } from '../errors.ts';
import { loadNodes } from '../loaders.ts';
import { connection, listConnection, pageOf } from '../pagination.ts';
import { selects } from '../selection.ts';

type Args = { first?: number | null; after?: string | null };

export const MAX_NODES_BY_ID = 100;
export const MAX_NEIGHBORHOOD = 500;

function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw userError(`"${name}" must be between ${min} and ${max}, not ${value}`);
  }
  return value;
}

function dateRange(from?: string | null, to?: string | null) {
  if (from && to && from > to) throw userError(`"from" (${from}) is after "to" (${to})`);
  return { from: from ?? null, to: to ?? null };
}

/** The node with this id, or a NOT_FOUND error naming what was expected. */
async function existing(ctx: GraphQLContext, id: string, what = 'node'): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  if (node === null) throw notFound(what, id);
  return node;
}

async function existingEntities(ctx: GraphQLContext, ids: Record<string, string | null | undefined>) {
  await Promise.all(
    Object.values(ids).map(async (id) => {
      if (id == null) return;
      const node = await existing(ctx, id, 'entity');
      if (!['Actor', 'Country', 'Place'].includes(node.kind))
        throw userError(`${id} is not an entity (it is a ${node.kind})`);
    }),
  );
}

export const queryResolvers = {
  health: async (_: unknown, __: unknown, ctx: GraphQLContext) => {
    const h = await ctx.health();
    return { database: h.reachable, version: h.version };
  },

  node: (_: unknown, args: { id: string }, ctx: GraphQLContext) => ctx.loaders.node.load(args.id),

  nodes: async (_: unknown, args: { ids: string[] }, ctx: GraphQLContext) => {
    if (args.ids.length > MAX_NODES_BY_ID)
      throw userError(`"ids" holds ${args.ids.length} ids, at most ${MAX_NODES_BY_ID}`);
    const nodes = await ctx.loaders.node.loadMany(args.ids);
    const failed = nodes.find((n) => n instanceof Error);
    if (failed) throw failed;
    return nodes;
  },

  search: async (
    _: unknown,
    args: Args & { query: string; types?: string[] | null },
    ctx: GraphQLContext,
  ) => {
    const page = pageOf(args);
    let hits;
    try {
      hits = await searchEntities(ctx.reader, args.query, args.types ?? null, page);
    } catch (e) {
      if (e instanceof SearchTextError) throw userError(e.message);
      throw e;
    }
    for (const h of hits) ctx.loaders.node.prime(h.node.id, h.node);
    const scores = new Map(hits.map((h) => [h.node.id, h.score]));
    return connection(
      page,
      hits.map((h) => h.node),
      undefined,
      (n) => ({ score: scores.get(n.id) ?? 0 }),
    );
  },

  articles: async (_: unknown, args: Args & { filter?: ArticleFilter | null }, ctx: GraphQLContext) => {
    const page = pageOf({ first: args.first ?? 20, after: args.after ?? null });
    const f = args.filter ?? {};
    const list = await listArticles(ctx.reader, { ...f, ...dateRange(f.from, f.to) }, page);
    return listConnection(page, { items: await loadNodes(ctx.loaders, list.items), total: list.total });
  },

  neighborhood: async (
    _: unknown,
    args: { id: string; depth?: number | null; types?: GraphNodeType[] | null; limit?: number | null },
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    const depth = inRange('depth', args.depth ?? 1, 1, 3);
    const limit = inRange('limit', args.limit ?? 150, 1, MAX_NEIGHBORHOOD);
    const types = args.types && args.types.length > 0 ? [...new Set(args.types)] : DEFAULT_TYPES;
    const result = await neighborhood(ctx.reader, args.id, {
      depth,
      types,
      limit,
      sentences: selects(info, ['edges', 'data', 'sentence']),
      allHidden: selects(info, ['nodes', 'data', 'hidden']) || selects(info, ['omittedEdges']),
    });
    if (result === null) throw notFound('node', args.id);
    return result;
  },

  paths: async (
    _: unknown,
    args: { from: string; to: string; maxLength?: number | null; first?: number | null },
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    const maxLength = inRange('maxLength', args.maxLength ?? 4, 1, 6);
    const first = inRange('first', args.first ?? 5, 1, 20);
    const result = await shortestPaths(ctx.reader, args.from, args.to, {
      maxLength,
      first,
      hidden: selects(info, ['paths', 'nodes', 'data', 'hidden']),
      sentences: selects(info, ['paths', 'edges', 'data', 'sentence']),
    });
    // No path is also what an unknown end gives; only then is it worth asking which it was.
    if (result.length === null) await Promise.all([existing(ctx, args.from), existing(ctx, args.to)]);
    return result;
  },

  claims: async (
    _: unknown,
    args: Args & {
      speaker?: string | null;
      about?: string | null;
      via?: string | null;
      from?: string | null;
      to?: string | null;
    },
    ctx: GraphQLContext,
  ) => {
    const page = pageOf({ first: args.first ?? 20, after: args.after ?? null });
    await existingEntities(ctx, { speaker: args.speaker, about: args.about, via: args.via });
    const list = await claimsTimeline(
      ctx.reader,
      {
        speaker: args.speaker ?? null,
        about: args.about ?? null,
        via: args.via ?? null,
        ...dateRange(args.from, args.to),
      },
      page,
    );
    return listConnection(page, { items: await loadNodes(ctx.loaders, list.items), total: list.total });
  },

  events: async (
    _: unknown,
    args: Args & {
      participant?: string | null;
      code?: string | null;
      from?: string | null;
      to?: string | null;
    },
    ctx: GraphQLContext,
  ) => {
    const page = pageOf({ first: args.first ?? 20, after: args.after ?? null });
    if (args.code != null && !/^\d{1,4}$/.test(args.code)) {
      throw userError(
        `"code" must be a CAMEO code or prefix of 1 to 4 digits, not ${JSON.stringify(args.code)}`,
      );
    }
    await existingEntities(ctx, { participant: args.participant });
    const list = await eventsTimeline(
      ctx.reader,
      { participant: args.participant ?? null, code: args.code ?? null, ...dateRange(args.from, args.to) },
      page,
    );
    return listConnection(page, { items: await loadNodes(ctx.loaders, list.items), total: list.total });
  },

  evidence: async (_: unknown, args: Args & { id: string }, ctx: GraphQLContext) => {
    const page = pageOf({ first: args.first ?? 20, after: args.after ?? null });
    const edge = parseEdgeId(args.id);
    if (edge !== null) {
      await Promise.all([existing(ctx, edge.from), existing(ctx, edge.to)]);
      return connection(page, await edgeEvidence(ctx.reader, edge, page));
    }
    if (args.id.includes('#')) {
      const items = await sentenceEvidence(ctx.reader, args.id, page);
      if (items.length === 0 && page.skip === 0) throw notFound('sentence', args.id);
      return connection(page, items);
    }
    // The kind is in the id, so the evidence is asked for at once; only a node that gave no
    // answer is looked up, to tell an unknown id (NOT_FOUND) from a node with no evidence.
    const kind = kindOfId(args.id);
    const items = kind === null ? null : await ctx.loaders.evidence.load({ kind, id: args.id, page });
    if (items === null) await existing(ctx, args.id);
    return connection(page, items ?? []);
  },

  stats: (_: unknown, __: unknown, ctx: GraphQLContext) => graphStats(ctx.reader),
};

export const statsResolvers = {
  topActors: async (_: unknown, args: { first?: number | null }, ctx: GraphQLContext) => {
    const n = inRange('first', args.first ?? 10, 1, 100);
    const actors = await topActors(ctx.reader, n);
    for (const a of actors) ctx.loaders.node.prime(a.id, a);
    return actors;
  },
};
