// A page of the actors affiliated with each country, most mentioned first; with their total.
UNWIND $ids AS id
MATCH (x:Country {id: id})
CALL (x) {
  MATCH (a:Actor)-[:AFFILIATED_WITH]->(x)
  WITH DISTINCT a
  ORDER BY a.mentionCount DESC, a.id
  WITH collect(a.id) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN x.id AS id, items, total
