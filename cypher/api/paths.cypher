// The shortest paths between two nodes through what the explorer draws: events (SOURCE,
// TARGET, AT), claims (SAID_BY, VIA, ABOUT) and affiliations, never through articles or
// mentions. Variable-length bounds cannot be parameters, so the search is bounded at 6 hops,
// the API's most, and paths longer than $maxLength are dropped after it: a filter inside the
// MATCH would make Neo4j fall back to enumerating every path when the shortest one fails it.
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Event {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Claim {id: $from}) RETURN n AS a
}
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Event {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Claim {id: $to}) RETURN n AS b
}
CALL (a, b) {
  WITH a, b WHERE a <> b
  MATCH p = allShortestPaths((a)-[:SOURCE|TARGET|AT|SAID_BY|VIA|ABOUT|AFFILIATED_WITH*..6]-(b))
  RETURN p
  LIMIT toInteger($first)
}
WITH p
WHERE length(p) <= toInteger($maxLength)
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}] AS rels
