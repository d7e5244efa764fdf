// Removes everything a previous version of these articles contributed, before the new version
// is written in the same transaction: its sentences (and their mentions), its claims, and every
// edge stamped with its articleId. Events that no article reports any more go too. Entities are
// only returned here, with the readings taken back: refresh-entities.cypher deletes the orphans
// and updates the others' tallies once the new version is in.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (c:Claim)-[:REPORTED_IN]->(a)
  DETACH DELETE c
}
CALL (a) {
  OPTIONAL MATCH (ev:Event)-[:REPORTED_IN]->(a)
  RETURN collect(DISTINCT ev) AS events
}
CALL (a, events) {
  UNWIND events AS ev
  MATCH (ev)-[r]->()
  WHERE r.articleId = a.id
  DELETE r
}
CALL (events) {
  UNWIND events AS ev
  OPTIONAL MATCH (ev)-[:REPORTED_IN]->(other:Article)
  WITH ev, count(other) AS reports
  FOREACH (_ IN CASE WHEN reports = 0 THEN [1] ELSE [] END | DETACH DELETE ev)
  FOREACH (_ IN CASE WHEN reports > 0 THEN [1] ELSE [] END | SET ev.reportCount = reports)
}
// The readings this version gave its entities are returned, for their tallies
// (refresh-entities.cypher): a country per affiliation, a name and a role per entity.
// An entity's AFFILIATION to a country (write-affiliations.cypher) goes with the last
// AFFILIATED_WITH between them.
CALL (a) {
  UNWIND coalesce(a.entityIds, []) AS xid
  MATCH (x:Entity {id: xid})-[r:AFFILIATED_WITH {articleId: a.id}]->(c)
  DELETE r
  WITH x, c, count(r) AS n
  CALL (x, c) {
    WITH x, c WHERE NOT EXISTS { (x)-[:AFFILIATED_WITH]->(c) }
    MATCH (x)-[g:AFFILIATION]->(c)
    DELETE g
  }
  UNWIND range(1, n) AS _
  RETURN collect({entity: x.id, key: 'country:' + c.code}) AS countries
}
// The counts go down by what this article added (write-articles.cypher adds them).
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(x:Entity)
  SET x.articleCount = x.articleCount - 1, x.mentionCount = x.mentionCount - r.count
  WITH r, [{entity: x.id, key: 'name:' + r.name}, {entity: x.id, key: 'role:' + coalesce(r.role, '')}] AS taken
  DELETE r
  WITH taken
  UNWIND taken AS t
  RETURN collect(t) AS names
}
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}
RETURN a.id AS id, coalesce(a.entityIds, []) AS entityIds, names + countries AS takenBack
