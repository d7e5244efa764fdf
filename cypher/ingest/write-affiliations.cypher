// Actor (or place) to country, one edge per article that states it.
UNWIND $affiliations AS row
MATCH (x:Entity {id: row.entity})
MATCH (c:Entity {id: row.country})
CREATE (x)-[:AFFILIATED_WITH {
  articleId: row.articleId, sentence: toInteger(row.sentence), rule: row.rule, confidence: row.confidence
}]->(c)
