// A page of the sentences that report each event, newest article first: the reported clause
// and the mentions of the event's participants are the highlights.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
CALL (ev) {
  MATCH (ev)-[r:REPORTED_IN]->(a:Article)
  WITH a, r
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  MATCH (s:Sentence {id: a.id + '#' + toString(r.sentence)})
  WITH a, r, s, COLLECT {
    MATCH (ev)-[p:SOURCE|TARGET|AT {articleId: a.id}]->(x)
    MATCH (s)-[m:MENTIONS]->(x)
    RETURN DISTINCT {start: m.start - s.start, end: m.end - s.start, text: m.text, nodeId: x.id} AS h
    ORDER BY h.start
  } AS mentions
  RETURN collect({
    id: s.id, articleId: a.id, index: s.index,
    article: a {.id, .url, .source, .lang, .title, .author, .dateline, .publishedAt, .publishedDate, .sentenceCount, .ingestedAt}, text: s.text, start: s.start, end: s.end,
    highlights: [{start: r.start - s.start, end: r.end - s.start, text: r.text, nodeId: ev.id}] + mentions,
    rule: r.rule, confidence: r.confidence, relations: ['REPORTED_IN']
  }) AS items
}
RETURN ev.id AS id, items
