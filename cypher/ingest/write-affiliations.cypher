// Actor (or place) to country, one edge per article that states it, and one AFFILIATION per
// entity and country whatever the number of articles: shortest paths go through that one
// (cypher/api/paths.cypher), since the per-article edges multiply the paths through a country
// by the articles of each actor (clear-articles.cypher removes it with the last of them).
UNWIND $affiliations AS row
MATCH (x:Entity {id: row.entity})
MATCH (c:Entity {id: row.country})
CREATE (x)-[:AFFILIATED_WITH {
  articleId: row.articleId, sentence: toInteger(row.sentence), rule: row.rule, confidence: row.confidence
}]->(c)
MERGE (x)-[:AFFILIATION]->(c)
