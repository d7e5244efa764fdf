// A page of the sentences that mention each entity, newest article first, with the mentions
// to highlight (offsets relative to the sentence). Every article that mentions the entity has
// at least one such sentence, so the page's sentences lie in the first skip + limit of those
// articles: only those are opened, however many articles mention the entity.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (a:Article)-[:MENTIONS]->(x)
  WITH a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  LIMIT toInteger($skip) + toInteger($limit)
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH a, s, COLLECT { MATCH (s)-[m:MENTIONS]->(x) RETURN m ORDER BY m.start } AS ms
  WHERE size(ms) > 0
  WITH a, s, ms
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect({
    id: s.id, articleId: a.id, index: s.index,
    article: a {.id, .url, .source, .lang, .title, .author, .dateline, .publishedAt, .publishedDate, .sentenceCount, .ingestedAt}, text: s.text, start: s.start, end: s.end,
    highlights: [m IN ms | {start: m.start - s.start, end: m.end - s.start, text: m.text, nodeId: x.id}],
    rule: reduce(best = head(ms), m IN ms | CASE WHEN m.confidence > best.confidence THEN m ELSE best END).rule,
    confidence: reduce(c = 0.0, m IN ms | CASE WHEN m.confidence > c THEN m.confidence ELSE c END),
    relations: ['MENTIONS']
  }) AS items
}
RETURN x.id AS id, items
