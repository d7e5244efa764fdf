// Events as a timeline, oldest first, undated last: by participant (source, target or place),
// CAMEO code prefix and dates. Reached from the participant when one is given; otherwise,
// with a code, through the (root, date) index; otherwise from all events.
CALL () {
  WITH 1 AS _ WHERE $participant IS NOT NULL
  MATCH (ev:Event)-[:SOURCE|TARGET|AT]->(:Entity {id: $participant})
  RETURN ev
  UNION
  WITH 1 AS _ WHERE $participant IS NULL AND $root IS NOT NULL
  MATCH (ev:Event)
  WHERE ev.root = $root
  RETURN ev
  UNION
  WITH 1 AS _ WHERE $participant IS NULL AND $root IS NULL
  MATCH (ev:Event)
  RETURN ev
}
WITH DISTINCT ev
WHERE ($code IS NULL OR ev.code STARTS WITH $code)
  AND ($from IS NULL OR ev.date >= date($from))
  AND ($to IS NULL OR ev.date <= date($to))
WITH ev
ORDER BY ev.date IS NULL, ev.date, ev.id
WITH collect(ev.id) AS ids
RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
