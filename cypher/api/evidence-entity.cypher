// A page of the sentences that mention each entity, newest article first, with the mentions
// to highlight (offsets relative to the sentence). Every article that mentions the entity has
// at least one such sentence, so the page's sentences lie in the first $skip + $limit (k) of
// those articles: only those are opened, however many articles mention the entity.
// Finding those k articles: an entity in few articles has them sorted (a few reads each: its
// relationship, the article's label and date); one in a good share of all articles walks the
// articles newest first down the publishedAt index, stopping at the k-th that mentions it, and
// sorts only its undated articles, which come last, when fewer than k are dated. The walk meets
// about k × articles / articleCount articles, and telling whether one mentions the entity reads
// the article's mentions, mentions / articles of them (40 or so): it is the cheaper way when
// 2 × articleCount² > k × mentions (mentions from the count store).
// The walk is a range seek from '' (every date), or from null (nothing) for an entity that does
// not take it: a `WHERE common` is checked after the index is read, so every article was read
// for an entity in 5 articles (25,000 database hits, now 3,000).
CALL () { MATCH (:Article)-[r:MENTIONS]->() RETURN count(r) AS mentions }
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WITH x, toInteger($skip) + toInteger($limit) AS k, mentions
WITH x, k, 2 * coalesce(x.articleCount, 0) ^ 2 > k * mentions AS common
CALL (x, common) {
  WITH x, CASE WHEN common THEN '' END AS earliest
  MATCH (a:Article) USING INDEX a:Article(publishedAt)
  WHERE a.publishedAt >= earliest AND (a)-[:MENTIONS]->(x)
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
