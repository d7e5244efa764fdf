// A sentence as its own evidence, with every mention in it highlighted.
MATCH (s:Sentence {id: $id})
MATCH (a:Article {id: s.articleId})
RETURN [{
  id: s.id, articleId: a.id, index: s.index,
    article: a {.id, .url, .source, .lang, .title, .author, .dateline, .publishedAt, .publishedDate, .sentenceCount, .ingestedAt}, text: s.text, start: s.start, end: s.end,
  highlights: COLLECT {
    MATCH (s)-[m:MENTIONS]->(x)
    RETURN {start: m.start - s.start, end: m.end - s.start, text: m.text, nodeId: x.id} AS h
    ORDER BY h.start
  },
  rule: 'sentence-split', confidence: 1.0, relations: ['HAS_SENTENCE']
}][toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items
