// A page of each article's own sentences, in text order, with every mention highlighted.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH s
  ORDER BY s.index
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect({
    id: s.id, articleId: a.id, index: s.index,
    article: a {.id, .url, .source, .lang, .title, .author, .dateline, .publishedAt, .publishedDate, .sentenceCount, .ingestedAt}, text: s.text, start: s.start, end: s.end,
    highlights: COLLECT {
      MATCH (s)-[m:MENTIONS]->(x)
      RETURN {start: m.start - s.start, end: m.end - s.start, text: m.text, nodeId: x.id} AS h
      ORDER BY h.start
    },
    rule: 'sentence-split', confidence: 1.0, relations: ['HAS_SENTENCE']
  }) AS items
}
RETURN a.id AS id, items
