// The sentences each claim came from (its own, and any other its speaker, chain and subjects
// were read in): the claim's words and the mentions of who it links to are the highlights.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
MATCH (c)-[rep:REPORTED_IN]->(a:Article)
CALL (c, rep, a) {
  MATCH (c)-[r]->()
  WHERE r.articleId = a.id AND r.sentence IS NOT NULL
  WITH r.sentence AS index, collect(DISTINCT type(r)) AS relations
  MATCH (s:Sentence {id: a.id + '#' + toString(index)})
  WITH s, relations, COLLECT {
    MATCH (c)-[:SAID_BY|VIA|ABOUT]->(x)
    MATCH (s)-[m:MENTIONS]->(x)
    RETURN DISTINCT {start: m.start - s.start, end: m.end - s.start, text: m.text, nodeId: x.id} AS h
    ORDER BY h.start
  } AS mentions
  ORDER BY s.index
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect({
    id: s.id, articleId: a.id, index: s.index,
    article: a {.id, .url, .source, .lang, .title, .author, .dateline, .publishedAt, .publishedDate, .sentenceCount, .ingestedAt}, text: s.text, start: s.start, end: s.end,
    highlights: CASE WHEN rep.start >= s.start AND rep.end <= s.end
                     THEN [{start: rep.start - s.start, end: rep.end - s.start, text: rep.text, nodeId: c.id}]
                     ELSE [] END + mentions,
    rule: rep.rule, confidence: rep.confidence, relations: relations
  }) AS items
}
RETURN c.id AS id, items
