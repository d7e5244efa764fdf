// After a batch: every entity it touched (now, or in the version of an article it replaced)
// gets its counts (and, when detected in text, its name, role and country) recomputed from the
// edges, and one left with no edge at all is deleted,
// unless a seed script put it there (seeded countries exist before any article names them).
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WITH x, NOT EXISTS { (x)--() } AND NOT coalesce(x.seeded, false) AS orphan
FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE x)
WITH x, orphan
WHERE NOT orphan
CALL (x) {
  OPTIONAL MATCH (x)<-[r:MENTIONS]-(:Article)
  RETURN count(r) AS articles, coalesce(sum(r.count), 0) AS mentions
}
// A curated entity's names, role and country are the lexicon's. One detected in text takes the
// reading most articles give (ties to the smaller value), so that it does not depend on which
// article came first, and a replaced article's reading goes with it.
OPTIONAL CALL (x) {
  WITH x WHERE NOT coalesce(x.known, false)
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
    WITH r.role AS role, count(r) AS n
    ORDER BY n DESC, role
    RETURN head(collect(role)) AS role
  }
  RETURN country, name, role
}
SET x.articleCount = articles,
    x.mentionCount = mentions,
    x.country = coalesce(country, x.country),
    x.name = coalesce(name, x.name),
    x.role = CASE WHEN coalesce(x.known, false) THEN x.role ELSE role END
