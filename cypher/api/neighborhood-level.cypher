// One level of a neighbourhood (server/graph/api-neighborhood.ts): nodes next to the frontier
// that are not known yet, through the relationships the explorer draws (not MENTIONS, which
// ties every entity to every article), of the kinds asked for. Each frontier node gives at most
// $sample of them, read lazily in storage order (newest relationships first), so that a hub
// with 30,000 events costs no more than a node with 30. They are ranked by how many frontier
// nodes they touch, then by weight (reports of an event, mentions of an entity), then newest.
UNWIND $frontier AS id
CALL (id) {
  WITH id WHERE id STARTS WITH 'actor:' OR id STARTS WITH 'country:' OR id STARTS WITH 'place:'
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'event:'
  MATCH (n:Event {id: id})
  RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'claim:'
  MATCH (n:Claim {id: id})
  RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'article:'
  MATCH (n:Article {id: id})
  RETURN n
}
CALL (n) {
  MATCH (n)-[:SOURCE|TARGET|AT|SAID_BY|VIA|ABOUT|AFFILIATED_WITH|REPORTED_IN]-(m)
  WHERE NOT m.id IN $known AND any(l IN labels(m) WHERE l IN $kinds)
  RETURN DISTINCT m
  LIMIT toInteger($sample)
}
WITH m, collect(DISTINCT n.id) AS parents
ORDER BY size(parents) DESC, coalesce(m.reportCount, m.mentionCount, 1) DESC, coalesce(m.date, m.publishedDate) DESC, m.id
WITH collect(m.id) AS found
RETURN found[..toInteger($take)] AS top, found AS seen
