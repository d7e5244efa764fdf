// Claims as a timeline, oldest first, undated last: by speaker, subject or link in the chain,
// and dates. The claims are reached from the most specific entity given (an index seek and an
// expand), and only when none is given from all claims.
CALL () {
  WITH 1 AS _ WHERE $speaker IS NOT NULL
  MATCH (c:Claim)-[:SAID_BY]->(:Entity {id: $speaker})
  RETURN c
  UNION
  WITH 1 AS _ WHERE $speaker IS NULL AND $about IS NOT NULL
  MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $about})
  RETURN c
  UNION
  WITH 1 AS _ WHERE $speaker IS NULL AND $about IS NULL AND $via IS NOT NULL
  MATCH (c:Claim)-[:VIA]->(:Entity {id: $via})
  RETURN c
  UNION
  WITH 1 AS _ WHERE $speaker IS NULL AND $about IS NULL AND $via IS NULL
  MATCH (c:Claim)
  RETURN c
}
WITH DISTINCT c
WHERE ($speaker IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speaker}) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($via IS NULL OR EXISTS { (c)-[:VIA]->(:Entity {id: $via}) })
  AND ($from IS NULL OR c.date >= date($from))
  AND ($to IS NULL OR c.date <= date($to))
WITH c
ORDER BY c.date IS NULL, c.date, c.id
WITH collect(c.id) AS ids
RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
