// Step 1 of deleting an article (server/graph/api-write.ts): take its write lock, as the ingest
// writer does (cypher/ingest/lock-articles.cypher), so that a concurrent re-ingest of it waits;
// and count what will go: its claims, and the events no other article reports.
MATCH (a:Article {id: $id})
SET a.writeLock = true
RETURN a.id AS id,
       coalesce(a.entityIds, []) AS entityIds,
       COUNT { (:Claim)-[:REPORTED_IN]->(a) } AS claims,
       COUNT { MATCH (ev:Event)-[:REPORTED_IN]->(a) WHERE ev.reportCount <= 1 } AS events
