// A page of the events each entity takes part in (acts, is acted on, or is where it happened),
// newest first, undated last; with their total.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (ev:Event)-[:SOURCE|TARGET|AT]->(x)
  WITH DISTINCT ev
  ORDER BY ev.date IS NULL, ev.date DESC, ev.id
  WITH collect(ev.id) AS ids
  RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
}
RETURN x.id AS id, items, total
