// A page of the claims each entity asserts (SAID_BY), newest first; with their total.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (c:Claim)-[:SAID_BY]->(x)
  WITH DISTINCT c
  ORDER BY c.date IS NULL, c.date DESC, c.id
  WITH collect(c.id) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN x.id AS id, items, total
