// Each article's report of each event, newest article first.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
CALL (ev) {
  MATCH (ev)-[r:REPORTED_IN]->(a:Article)
  WITH a, r
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  LIMIT toInteger($limit)
  RETURN collect({
    articleId: a.id, text: r.text, start: r.start, end: r.end, trigger: r.trigger, code: r.code,
    mode: r.mode, rule: r.rule, confidence: r.confidence, sentence: r.sentence
  }) AS reports
}
RETURN ev.id AS id, reports
