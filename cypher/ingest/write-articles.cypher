// Writes the articles of a batch (new, or just cleared by clear-articles.cypher): properties,
// sentences, one MENTIONS edge per mention from its sentence, and one aggregate MENTIONS edge
// per entity from the article (with the names and role the article gave it, see
// reset-aliases.cypher and refresh-entities.cypher). Every edge carries its provenance (articleId, sentence, rule,
// confidence). Entities must already exist (upsert-entities.cypher runs first).
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
SET a.url = row.url,
    a.source = row.source,
    a.lang = row.lang,
    a.title = row.title,
    a.author = row.author,
    a.dateline = row.dateline,
    a.publishedAt = row.publishedAt,
    a.publishedDate = CASE WHEN row.publishedDate IS NULL THEN null ELSE date(row.publishedDate) END,
    a.contentHash = row.hash,
    a.text = row.text,
    a.sentenceCount = size(row.sentences),
    a.entityIds = row.entityIds,
    a.ingestedAt = datetime()
WITH a, row
CALL (a, row) {
  UNWIND row.sentences AS s
  MERGE (sn:Sentence {id: s.id})
  SET sn.articleId = row.id,
      sn.index = toInteger(s.index),
      sn.text = s.text,
      sn.start = toInteger(s.start),
      sn.end = toInteger(s.end),
      sn.paragraph = toInteger(s.paragraph)
  CREATE (a)-[:HAS_SENTENCE {articleId: row.id, sentence: toInteger(s.index), rule: 'sentence-split', confidence: 1.0}]->(sn)
  WITH sn, s
  UNWIND s.mentions AS m
  MATCH (x:Entity {id: m.entity})
  CREATE (sn)-[:MENTIONS {
    articleId: row.id, sentence: toInteger(s.index), start: toInteger(m.start), end: toInteger(m.end),
    text: m.text, rule: m.rule, confidence: m.confidence
  }]->(x)
}
CALL (a, row) {
  UNWIND row.mentions AS m
  MATCH (x:Entity {id: m.entity})
  CREATE (a)-[:MENTIONS {
    articleId: row.id, sentence: toInteger(m.sentence), count: toInteger(m.count), aliases: m.aliases, name: m.name, role: m.role,
    rule: m.rule, confidence: m.confidence
  }]->(x)
  // Counted as the edges are made rather than recounted from them: a recount walks every article
  // that ever named the entity, which for a country grows with the whole corpus.
  SET x.articleCount = coalesce(x.articleCount, 0) + 1,
      x.mentionCount = coalesce(x.mentionCount, 0) + toInteger(m.count)
}
