// After a batch: every entity it touched (now, or in the version of an article it replaced)
// gets its counts recomputed from the edges, and one left with no edge at all is deleted,
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
SET x.articleCount = articles, x.mentionCount = mentions
