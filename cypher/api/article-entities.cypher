// A page of the entities each article mentions, most mentioned first, with the count of
// mentions in that article; with their total.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(x:Entity)
  WITH x, r.count AS count
  ORDER BY count DESC, x.id
  WITH collect({id: x.id, count: count}) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN a.id AS id, items, total
