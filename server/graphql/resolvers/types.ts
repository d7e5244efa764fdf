// Resolvers of the object types: fields read from the node record, links through the request's
// DataLoaders (never a query of their own per parent).
import type { EvidenceItem } from '../../graph/api-evidence.ts';
import type { EventReport, Related } from '../../graph/api-lists.ts';
import type { NodeRecord } from '../../graph/api-nodes.ts';
import type { GraphQLContext } from '../context.ts';
import { loadNodes, type SentenceRecord } from '../loaders.ts';
import { connection, pageOf } from '../pagination.ts';
import { userError } from '../errors.ts';

type Args = { first?: number | null; after?: string | null };

const QUAD_CLASS = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT'];

function related(name: Related) {
  return async (n: NodeRecord, args: Args, ctx: GraphQLContext) => {
    const page = pageOf(args);
    const list = await ctx.loaders.related.load({ related: name, id: n.id, page });
    const nodes = await loadNodes(ctx.loaders, list.items as string[]);
    return connection(page, nodes, list.total);
  };
}

async function evidence(n: NodeRecord, args: Args, ctx: GraphQLContext) {
  const page = pageOf(args);
  const items = await ctx.loaders.evidence.load({ kind: n.kind, id: n.id, page });
  return connection(page, items ?? []);
}

async function nodeOrNull(ctx: GraphQLContext, id: string | null | undefined): Promise<NodeRecord | null> {
  return id ? ctx.loaders.node.load(id) : null;
}

/** A sentence as evidence of one span in it (a claim's words, an event's clause). */
function spanEvidence(
  s: SentenceRecord | null,
  span: { start: number | null; end: number | null; text: string; nodeId: string },
  provenance: { rule: string | null; confidence: number | null; relation: string },
): Omit<EvidenceItem, 'article'> | null {
  if (s === null) return null;
  const inside = span.start !== null && span.end !== null && span.start >= s.start && span.end <= s.end;
  return {
    ...s,
    highlights: inside
      ? [{ start: span.start! - s.start, end: span.end! - s.start, text: span.text, nodeId: span.nodeId }]
      : [],
    rule: provenance.rule,
    confidence: provenance.confidence,
    relations: [provenance.relation],
  };
}

const entity = {
  name: (n: NodeRecord) => n.name ?? n.nameEn ?? n.nameAr ?? n.id,
  aliases: (n: NodeRecord) => n.aliases ?? [],
  known: (n: NodeRecord) => n.known ?? false,
  mentionCount: (n: NodeRecord) => n.mentionCount ?? 0,
  articleCount: (n: NodeRecord) => n.articleCount ?? 0,
  evidence,
  articles: related('entityArticles'),
  events: related('entityEvents'),
  claims: related('entityClaims'),
  claimsAbout: related('entityClaimsAbout'),
};

const countryOf = (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
  typeof n.country === 'string' ? ctx.loaders.node.load(`country:${n.country}`) : null;

export const typeResolvers = {
  Node: { __resolveType: (n: NodeRecord) => n.kind },
  Entity: { __resolveType: (n: NodeRecord) => n.kind },

  Actor: { ...entity, type: (n: NodeRecord) => n.type ?? 'ORGANIZATION', country: countryOf },
  Place: { ...entity, type: () => 'PLACE', country: countryOf },
  Country: {
    ...entity,
    type: () => 'COUNTRY',
    code: (n: NodeRecord) => n.code ?? n.id.slice('country:'.length),
    actors: related('countryActors'),
  },

  Event: {
    rootCode: (n: NodeRecord) => n.root ?? String(n.code).slice(0, 2),
    quadClassName: (n: NodeRecord) => QUAD_CLASS[Number(n.quadClass) - 1],
    mode: (n: NodeRecord) => n.mode ?? 'happened',
    reportCount: (n: NodeRecord) => n.reportCount ?? 0,
    sources: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      loadNodes(ctx.loaders, (await ctx.loaders.eventDetails.load(n.id))?.sources ?? []),
    targets: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      loadNodes(ctx.loaders, (await ctx.loaders.eventDetails.load(n.id))?.targets ?? []),
    place: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      nodeOrNull(ctx, (await ctx.loaders.eventDetails.load(n.id))?.place),
    reports: async (n: NodeRecord, args: { first?: number | null }, ctx: GraphQLContext) => {
      const limit = args.first ?? 10;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw userError(`"first" must be between 1 and 100, not ${limit}`);
      const reports = await ctx.loaders.eventReports.load({ id: n.id, limit });
      return reports.map((r) => ({ ...r, eventId: n.id }));
    },
    evidence,
  },

  EventReport: {
    article: (r: EventReport, _: unknown, ctx: GraphQLContext) => ctx.loaders.node.load(r.articleId),
    sentence: async (r: EventReport & { eventId?: string }, _: unknown, ctx: GraphQLContext) =>
      spanEvidence(
        await ctx.loaders.sentence.load(`${r.articleId}#${r.sentence}`),
        { start: r.start, end: r.end, text: r.text, nodeId: r.eventId ?? '' },
        { rule: r.rule, confidence: r.confidence, relation: 'REPORTED_IN' },
      ),
  },

  Claim: {
    speaker: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      nodeOrNull(ctx, (await ctx.loaders.claimDetails.load(n.id))?.speaker),
    via: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      loadNodes(ctx.loaders, (await ctx.loaders.claimDetails.load(n.id))?.via ?? []),
    about: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      loadNodes(ctx.loaders, (await ctx.loaders.claimDetails.load(n.id))?.about ?? []),
    article: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      ctx.loaders.node.load((await ctx.loaders.claimDetails.load(n.id))?.articleId ?? String(n.articleId)),
    start: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders.claimDetails.load(n.id))?.start,
    end: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders.claimDetails.load(n.id))?.end,
    rule: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders.claimDetails.load(n.id))?.rule,
    confidence: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders.claimDetails.load(n.id))?.confidence,
    sentence: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) => {
      const d = await ctx.loaders.claimDetails.load(n.id);
      if (!d?.articleId || d.sentence === null) return null;
      return spanEvidence(
        await ctx.loaders.sentence.load(`${d.articleId}#${d.sentence}`),
        { start: d.start, end: d.end, text: String(n.text), nodeId: n.id },
        { rule: d.rule, confidence: d.confidence, relation: 'REPORTED_IN' },
      );
    },
    evidence,
  },

  Article: {
    sentenceCount: (n: NodeRecord) => n.sentenceCount ?? 0,
    text: async (n: NodeRecord, _: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders.articleText.load(n.id)) ?? '',
    entities: async (n: NodeRecord, args: Args, ctx: GraphQLContext) => {
      const page = pageOf(args);
      const list = await ctx.loaders.related.load({ related: 'articleEntities', id: n.id, page });
      const items = list.items as { id: string; count: number }[];
      const counts = new Map(items.map((i) => [i.id, i.count]));
      const nodes = await loadNodes(
        ctx.loaders,
        items.map((i) => i.id),
      );
      return connection(page, nodes, list.total, (node) => ({ count: counts.get(node.id) ?? 0 }));
    },
    events: related('articleEvents'),
    claims: related('articleClaims'),
    evidence,
  },

  Evidence: {
    article: async (e: EvidenceItem, _: unknown, ctx: GraphQLContext) =>
      e.article ?? ctx.loaders.node.load(e.articleId),
    highlights: (e: EvidenceItem) => e.highlights ?? [],
    relations: (e: EvidenceItem) => e.relations ?? [],
  },
};
