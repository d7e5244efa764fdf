// A page of the sentences that mention each entity, newest article first, with the mentions
// to highlight (offsets relative to the sentence). Every article that mentions the entity has
// at least one such sentence, so the page's sentences lie in the first $skip + $limit (k) of
// those articles: only those are opened, however many articles mention the entity.
// Finding those k articles: an entity in few articles has them sorted; one in a good share of
// all articles (articleCount² > k × articles: walking from the newest article would meet k of
// its articles before reading as many relationships as the entity has) walks the articles
// newest first down the publishedAt index, stopping at the k-th that mentions it, and sorts
// only its undated articles, which come last, when fewer than k are dated.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WITH x, toInteger($skip) + toInteger($limit) AS k, articles
WITH x, k, coalesce(x.articleCount, 0) ^ 2 > k * articles AS common
CALL (x, k, common) {
  WITH x, k WHERE common
  MATCH (a:Article) USING INDEX a:Article(publishedAt)
  WHERE a.publishedAt IS NOT NULL AND (a)-[:MENTIONS]->(x)
  WITH a
  ORDER BY a.publishedAt DESC, a.id
  LIMIT toInteger($skip) + toInteger($limit)
  RETURN collect(a) AS dated
}
CALL (x, k, common, dated) {
  WITH x, k, common WHERE NOT common OR size(dated) < k
  MATCH (a:Article)-[:MENTIONS]->(x)
  WHERE NOT common OR a.publishedAt IS NULL
  WITH a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  LIMIT toInteger($skip) + toInteger($limit)
  RETURN collect(a) AS others
}
CALL (x, dated, others) {
  UNWIND dated + others AS a
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
