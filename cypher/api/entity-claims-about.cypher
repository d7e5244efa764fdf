// A page of the claims about each entity (ABOUT), newest first; with their total.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (c:Claim)-[:ABOUT]->(x)
  WITH DISTINCT c
  ORDER BY c.date IS NULL, c.date DESC, c.id
  WITH collect(c.id) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN x.id AS id, items, total
