// Writes the AFFILIATION edges (docs/graph-model.md) of a graph ingested before they existed:
// one per entity and country that an AFFILIATED_WITH joins. Idempotent; until it has run,
// paths do not go through affiliations. `npm run cypher -- cypher/admin/backfill-affiliations.cypher`
MATCH (x:Entity)-[:AFFILIATED_WITH]->(c:Entity)
WITH DISTINCT x, c
MERGE (x)-[:AFFILIATION]->(c)
RETURN count(*) AS affiliations
