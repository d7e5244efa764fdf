// The API's writes: one article in (through the ingest writer, server/graph/write-articles.ts)
// and one article out (through the ingest writer's own clearing statements, so that deleting
// removes exactly what re-ingesting would replace).
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { extract } from '../extract/index.ts';
import type { ExtractOptions } from '../extract/types.ts';
import { articleRows, readingDeltas, type ArticleInput, type TakenReading } from './article-rows.ts';
import { loadCypher } from './cypher.ts';
import { writeArticles, type WriteOutcome } from './write-articles.ts';

/** An article the API refuses, with a message meant for the caller. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

/** Longer than any news article; bounds the time one request spends extracting. */
export const MAX_TEXT_CHARS = 200_000;
const MAX_FIELD_CHARS = 2_000;

export interface IngestResult {
  articleId: string;
  outcome: WriteOutcome;
  /** Ids of the entities the extraction found, in the document's order. */
  entityIds: string[];
}

export async function ingestArticle(
  driver: Driver,
  input: ArticleInput,
  opts: { database?: string | undefined } = {},
): Promise<IngestResult> {
  const text = input.text;
  if (text.trim() === '') throw new ArticleInputError('text is empty');
  if (text.length > MAX_TEXT_CHARS) {
    throw new ArticleInputError(`text is too long (${text.length} characters, at most ${MAX_TEXT_CHARS})`);
  }
  for (const field of ['url', 'source', 'publishedAt'] as const) {
    const v = input[field];
    if (v != null && v.length > MAX_FIELD_CHARS)
      throw new ArticleInputError(`${field} is too long (at most ${MAX_FIELD_CHARS} characters)`);
  }
  if (input.publishedAt != null && input.publishedAt !== '' && Number.isNaN(Date.parse(input.publishedAt))) {
    throw new ArticleInputError(`publishedAt is not an ISO 8601 date: ${JSON.stringify(input.publishedAt)}`);
  }
  if (input.url != null && input.url !== '' && !URL.canParse(input.url)) {
    throw new ArticleInputError(`url is not a URL: ${JSON.stringify(input.url)}`);
  }
  const hints: ExtractOptions = {};
  if (input.lang) hints.lang = input.lang;
  if (input.publishedAt) hints.publishedAt = input.publishedAt;
  if (input.source) hints.source = input.source;
  if (input.url) hints.url = input.url;
  let doc;
  try {
    doc = extract(text, hints);
  } catch (e) {
    // ExtractionError: empty, binary, too large, not Arabic or English; its message is for users.
    if ((e as Error).name === 'ExtractionError') throw new ArticleInputError((e as Error).message);
    throw e;
  }
  const rows = articleRows(input, doc);
  const outcomes = await writeArticles(driver, [rows], opts.database ? { database: opts.database } : {});
  return {
    articleId: rows.article.id,
    outcome: outcomes.get(rows.article.id) ?? 'unchanged',
    entityIds: [...new Set(doc.entities.map((e) => e.id))],
  };
}

export interface DeleteResult {
  deleted: boolean;
  removedEntities: number;
  removedEvents: number;
  removedClaims: number;
}

const run = async (tx: ManagedTransaction, name: string, params: Record<string, unknown>) =>
  (await tx.run(loadCypher(name), params)).records.map((r) => r.toObject());

/** Removes an article and all it contributed, in one transaction. */
export async function deleteArticle(
  driver: Driver,
  id: string,
  opts: { database?: string | undefined } = {},
): Promise<DeleteResult> {
  const session = driver.session(opts.database ? { database: opts.database } : {});
  try {
    return await session.executeWrite(async (tx) => {
      const [found] = await run(tx, 'api/delete-article-begin', { id });
      if (found === undefined)
        return { deleted: false, removedEntities: 0, removedEvents: 0, removedClaims: 0 };
      const touched = new Set<string>(found.entityIds as string[]);
      const takenBack: TakenReading[] = [];
      for (const r of await run(tx, 'ingest/clear-articles', { ids: [id] })) {
        for (const x of r.entityIds as string[]) touched.add(x);
        takenBack.push(...(r.takenBack as TakenReading[]));
      }
      await run(tx, 'api/delete-article-end', { id });
      const ids = [...touched].sort();
      // As when an article is replaced: names only it gave go with it.
      await run(tx, 'ingest/reset-aliases', { ids });
      const [before] = await run(tx, 'api/count-entities', { ids });
      // every entity it touched loses this article's reading
      await run(tx, 'ingest/refresh-entities', { entities: readingDeltas([], takenBack, ids) });
      const [after] = await run(tx, 'api/count-entities', { ids });
      return {
        deleted: true,
        removedEntities: Number(before!.n) - Number(after!.n),
        removedEvents: Number(found.events),
        removedClaims: Number(found.claims),
      };
    });
  } finally {
    await session.close();
  }
}
