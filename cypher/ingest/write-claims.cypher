// Claims are a reading of one article, never merged across articles: the claim, where it was
// read, who said it, through whom (VIA.order 0 is the link nearest the speaker) and about what.
UNWIND $claims AS row
MATCH (a:Article {id: row.articleId})
MERGE (c:Claim {id: row.id})
SET c.articleId = row.articleId,
    c.text = row.text,
    c.stance = row.stance,
    c.verb = row.verb,
    c.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    c.sentence = toInteger(row.sentence)
CREATE (c)-[:REPORTED_IN {
  articleId: row.articleId, sentence: toInteger(row.sentence), text: row.text,
  start: toInteger(row.start), end: toInteger(row.end), verb: row.verb, stance: row.stance,
  rule: row.rule, confidence: row.confidence
}]->(a)
WITH c, row
CALL (c, row) {
  UNWIND CASE WHEN row.speaker IS NULL THEN [] ELSE [row.speaker] END AS xid
  MATCH (x:Entity {id: xid})
  CREATE (c)-[:SAID_BY {articleId: row.articleId, sentence: toInteger(row.sentence), rule: row.rule, confidence: row.confidence}]->(x)
}
CALL (c, row) {
  UNWIND row.via AS v
  MATCH (x:Entity {id: v.entity})
  CREATE (c)-[:VIA {
    articleId: row.articleId, sentence: toInteger(row.sentence), order: toInteger(v.order),
    rule: row.rule, confidence: row.confidence
  }]->(x)
}
CALL (c, row) {
  UNWIND row.about AS xid
  MATCH (x:Entity {id: xid})
  CREATE (c)-[:ABOUT {articleId: row.articleId, sentence: toInteger(row.sentence), rule: row.rule, confidence: row.confidence}]->(x)
}
