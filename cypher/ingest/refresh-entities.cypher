// After a batch: every entity it touched (now, or in the version of an article it replaced) is
// deleted when left with no edge at all, unless a seed script put it there (seeded countries
// exist before any article names them); otherwise, when detected in text, its name, role and
// country are recomputed from the edges. (mentionCount and articleCount are kept exact by
// write-articles.cypher and clear-articles.cypher; admin/check-graph.cypher recounts them.)
UNWIND $entities AS e
MATCH (x:Entity {id: e.id})
WITH x, e, NOT EXISTS { (x)--() } AND NOT coalesce(x.seeded, false) AS orphan
FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE x)
WITH x, e, orphan
WHERE NOT orphan
// A curated entity's names, role and country are the lexicon's. One detected in text takes the
// reading most articles give (ties to the smaller value), so that it does not depend on which
// article came first, and a replaced article's reading goes with it. Counting readings walks the
// entity's articles, so it is done only when this batch could change the outcome: a reading
// that differs from the current one, or one taken back ($entities from article-rows.ts).
  AND NOT coalesce(x.known, false)
  AND (e.cleared
       OR any(n IN e.names WHERE n <> x.name)
       OR any(r IN e.roles WHERE r <> coalesce(x.role, ''))
       OR any(c IN e.countries WHERE c <> coalesce(x.country, '')))
CALL (x) {
  OPTIONAL MATCH (x)-[r:AFFILIATED_WITH]->(c:Country)
  WITH c.code AS code, count(r) AS n
  ORDER BY n DESC, code
  RETURN head(collect(code)) AS country
}
CALL (x) {
  OPTIONAL MATCH (x)<-[r:MENTIONS]-(:Article)
  WITH r.name AS name, count(r) AS n
  ORDER BY n DESC, name
  RETURN head(collect(name)) AS name
}
CALL (x) {
  OPTIONAL MATCH (x)<-[r:MENTIONS]-(:Article)
  WITH coalesce(r.role, '') AS role, count(r) AS n
  ORDER BY n DESC, role
  RETURN head(collect(role)) AS role
}
SET x.country = coalesce(country, x.country),
    x.name = coalesce(name, x.name),
    x.role = CASE WHEN role IS NULL OR role = '' THEN null ELSE role END
