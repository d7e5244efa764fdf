// A page of the events each article reports, in text order; with their total.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (ev:Event)-[r:REPORTED_IN]->(a)
  WITH ev, r
  ORDER BY r.sentence, r.start, ev.id
  WITH collect(ev.id) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN a.id AS id, items, total
