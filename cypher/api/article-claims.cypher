// A page of the claims read in each article, in text order; with their total.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (c:Claim)-[r:REPORTED_IN]->(a)
  WITH c, r
  ORDER BY r.sentence, r.start, c.id
  WITH collect(c.id) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN a.id AS id, items, total
