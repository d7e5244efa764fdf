// After a batch: every entity it touched (now, or in the version of an article it replaced) is
// deleted when left with no edge at all, unless a seed script put it there (seeded countries
// exist before any article names them). (mentionCount and articleCount are kept exact by
// write-articles.cypher and clear-articles.cypher; admin/check-graph.cypher recounts them.)
//
// A curated entity's names, role and country are the lexicon's. One detected in text takes the
// reading most articles give (ties to the smaller value), so that it does not depend on which
// article came first, and a replaced article's reading goes with it. The entity keeps a tally of
// its readings (`readings`, most given first, and `readingCounts`): one `name:` and one `role:`
// per article that mentions it, one `country:` per affiliation stated, updated by the batch's
// deltas ($entities from article-rows.ts readingDeltas), so that the cost of a batch does not grow
// with the number of articles that ever named the entity. An entity without a tally (new in
// this batch, or written before tallies were kept) gets one counted from its edges, which already
// hold this batch's readings.
UNWIND $entities AS e
MATCH (x:Entity {id: e.id})
WITH x, e, NOT EXISTS { (x)--() } AND NOT coalesce(x.seeded, false) AS orphan
FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE x)
WITH x, e, orphan
WHERE NOT orphan AND NOT coalesce(x.known, false)
WITH x, COLLECT {
  CALL (x, e) {
    WITH x WHERE x.readings IS NULL
    MATCH (x)<-[r:MENTIONS]-(:Article)
    UNWIND ['name:' + r.name, 'role:' + coalesce(r.role, '')] AS key
    RETURN key, 1 AS n
    UNION ALL
    WITH x WHERE x.readings IS NULL
    MATCH (x)-[:AFFILIATED_WITH]->(c:Country)
    RETURN 'country:' + c.code AS key, 1 AS n
    UNION ALL
    WITH x WHERE x.readings IS NOT NULL
    UNWIND range(0, size(x.readings) - 1) AS i
    RETURN x.readings[i] AS key, x.readingCounts[i] AS n
    UNION ALL
    WITH x, e WHERE x.readings IS NOT NULL
    UNWIND e.deltas AS d
    RETURN d.key AS key, toInteger(d.n) AS n
  }
  WITH key, sum(n) AS n
  WHERE n > 0
  ORDER BY n DESC, key
  RETURN {key: key, n: n}
} AS tally
WITH x, tally, [t IN tally | t.key] AS keys
WITH x, tally, keys,
     [k IN keys WHERE k STARTS WITH 'name:' | substring(k, 5)][0] AS name,
     [k IN keys WHERE k STARTS WITH 'role:' | substring(k, 5)][0] AS role,
     [k IN keys WHERE k STARTS WITH 'country:' | substring(k, 8)][0] AS country
SET x.readings = keys,
    x.readingCounts = [t IN tally | t.n],
    x.country = coalesce(country, x.country),
    x.name = coalesce(name, x.name),
    x.role = CASE WHEN role IS NULL OR role = '' THEN null ELSE role END
