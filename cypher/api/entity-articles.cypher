// A page of the articles that mention each entity, newest first. The total is the entity's
// stored articleCount (kept exact by the writer).
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (a:Article)-[:MENTIONS]->(x)
  WITH a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect(a.id) AS items
}
RETURN x.id AS id, items, coalesce(x.articleCount, 0) AS total
