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
  // Affiliations first, and only the newest $affiliations of them: there is one per article
  // that names an actor with its country, so a country's 30,000 come from a hundred actors and
  // an actor's 5,000 lead to one country, and a busy node keeps each type of relationship
  // together: read through, they would cost more than all the rest.
  CALL (n) {
    MATCH (n)-[:AFFILIATED_WITH]-(m)
    WITH m
    LIMIT toInteger($affiliations)
    RETURN m
    UNION ALL
    MATCH (n)-[:SOURCE|TARGET|AT|SAID_BY|VIA|ABOUT|REPORTED_IN]-(m)
    RETURN m
  }
  WITH m
  WHERE NOT m.id IN $known AND any(l IN labels(m) WHERE l IN $kinds)
  RETURN DISTINCT m
  LIMIT toInteger($sample)
}
WITH m, collect(DISTINCT n.id) AS parents
ORDER BY size(parents) DESC, coalesce(m.reportCount, m.mentionCount, 1) DESC, coalesce(m.date, m.publishedDate) DESC, m.id
RETURN collect(m.id) AS found
