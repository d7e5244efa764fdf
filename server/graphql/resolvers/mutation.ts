// Resolvers of Mutation. Both need the write permission the HTTP layer decided on
// (ISNAD_WRITE_TOKEN, or a loopback client when no token is set).
import type { ArticleInput } from '../../graph/article-rows.ts';
import { ArticleInputError, deleteArticle, ingestArticle } from '../../graph/api-write.ts';
import type { GraphQLContext } from '../context.ts';
import { userError } from '../errors.ts';
import { loadNodes } from '../loaders.ts';

function requireWrite(ctx: GraphQLContext): void {
  if (ctx.writeDenied !== null) throw userError(ctx.writeDenied, 'FORBIDDEN');
}

/** Everything an article holds is listed in the payload; far above any real article's count. */
const ALL = { skip: 0, limit: 10_000 };

export const mutationResolvers = {
  ingestArticle: async (
    _: unknown,
    args: {
      input: {
        text: string;
        url?: string | null;
        source?: string | null;
        publishedAt?: string | null;
        lang?: 'ar' | 'en' | null;
      };
    },
    ctx: GraphQLContext,
  ) => {
    requireWrite(ctx);
    const input: ArticleInput = { ...args.input, origin: 'graphql' };
    let result;
    try {
      result = await ingestArticle(ctx.driver, input, { database: ctx.database });
    } catch (e) {
      if (e instanceof ArticleInputError) throw userError(e.message);
      throw e;
    }
    if (result.outcome !== 'unchanged') ctx.onWrite();
    const id = result.articleId;
    return {
      article: () => ctx.loaders.node.load(id),
      outcome: result.outcome.toUpperCase(),
      entities: () => loadNodes(ctx.loaders, result.entityIds),
      events: async () =>
        loadNodes(
          ctx.loaders,
          (await ctx.loaders.related.load({ related: 'articleEvents', id, page: ALL })).items as string[],
        ),
      claims: async () =>
        loadNodes(
          ctx.loaders,
          (await ctx.loaders.related.load({ related: 'articleClaims', id, page: ALL })).items as string[],
        ),
    };
  },

  deleteArticle: async (_: unknown, args: { id: string }, ctx: GraphQLContext) => {
    requireWrite(ctx);
    if (!args.id.startsWith('article:'))
      throw userError(`${JSON.stringify(args.id)} is not an article id (article:…)`);
    const result = await deleteArticle(ctx.driver, args.id, { database: ctx.database });
    if (result.deleted) ctx.onWrite();
    return { id: args.id, ...result };
  },
};
