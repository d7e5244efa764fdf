// A page of the sentences behind the edge (from)-[type]->(to), one per article that asserts it,
// newest first. Highlights: the mentions of both ends in the sentence, and for REPORTED_IN the
// reported clause. The edge's start is looked up under each label that has an id constraint.
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n
  UNION
  MATCH (n:Event {id: $from}) RETURN n
  UNION
  MATCH (n:Claim {id: $from}) RETURN n
}
MATCH (n)-[r]->(m)
WHERE type(r) = $type AND m.id = $to AND r.articleId IS NOT NULL AND r.sentence IS NOT NULL
MATCH (s:Sentence {id: r.articleId + '#' + toString(r.sentence)})
MATCH (a:Article {id: r.articleId})
WITH n, m, r, s, a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index, r.confidence DESC
WITH n, m, s, a, collect(r)[0] AS r
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.index
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN collect({
  id: s.id, articleId: a.id, index: s.index,
    article: a {.id, .url, .source, .lang, .title, .author, .dateline, .publishedAt, .publishedDate, .sentenceCount, .ingestedAt}, text: s.text, start: s.start, end: s.end,
  highlights: CASE WHEN r.start IS NOT NULL AND r.start >= s.start AND r.end <= s.end
                   THEN [{start: r.start - s.start, end: r.end - s.start, text: r.text, nodeId: n.id}]
                   ELSE [] END +
              COLLECT {
                MATCH (s)-[mm:MENTIONS]->(x)
                WHERE x.id IN [n.id, m.id]
                RETURN {start: mm.start - s.start, end: mm.end - s.start, text: mm.text, nodeId: x.id} AS h
                ORDER BY h.start
              },
  rule: r.rule, confidence: r.confidence, relations: [type(r)]
}) AS items
