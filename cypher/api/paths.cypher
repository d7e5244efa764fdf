// The shortest paths between two nodes through what the explorer draws: events (SOURCE,
// TARGET, AT), claims (SAID_BY, VIA, ABOUT) and affiliations, never through articles or
// mentions; no row when an end does not exist or no path is short enough. Variable-length
// bounds cannot be parameters, so the search is bounded at 6 hops, the API's most, and paths
// longer than $maxLength are dropped after it: a filter inside the MATCH would make Neo4j fall
// back to enumerating every path when the shortest one fails it.
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
  MATCH p = allShortestPaths((a)-[:SOURCE|TARGET|AT|SAID_BY|VIA|ABOUT|AFFILIATION*..6]-(b))
  RETURN p
  LIMIT toInteger($first)
}
WITH p
WHERE length(p) <= toInteger($maxLength)
// Affiliations are walked through AFFILIATION, one per entity and country: through the
// AFFILIATED_WITH of each article, every path through a country was as many paths as the
// articles of its actors, and allShortestPaths enumerates them all (1.75 million database hits
// between two actors in thousands of articles). Each step taken there stands for one of the
// AFFILIATED_WITH it aggregates (the first found), whose provenance the step shows.
WITH p, [r IN relationships(p) | CASE WHEN type(r) = 'AFFILIATION' THEN COLLECT {
         MATCH (x)-[f:AFFILIATED_WITH]->(c)
         WHERE elementId(x) = elementId(startNode(r)) AND elementId(c) = elementId(endNode(r))
         RETURN f
         LIMIT 1
       }[0] ELSE r END] AS steps
// Each node with what the explorer shows of it (as neighborhood-elements.cypher reads it), and
// each step with the relationship the path went through (its provenance, and its sentence when
// $withSentences), and how many relationships of its type join the same two nodes (one per
// article that asserts it), counted as neighborhood-elements.cypher does: among the first
// $edgeSample of the start's.
RETURN [n IN nodes(p) | {
         kind: CASE WHEN n:Actor THEN 'Actor' WHEN n:Country THEN 'Country' WHEN n:Place THEN 'Place'
                    WHEN n:Event THEN 'Event' ELSE 'Claim' END,
         props: CASE
           WHEN n:Entity THEN n {.id, .type, .name, .nameAr, .nameEn, .code, .country, .role, .mentionCount, .articleCount}
           WHEN n:Event THEN n {.id, .label, .code, .quadClass, .date, .mode, .reportCount}
           ELSE n {.id, .stance, .date, text: left(n.text, 81)}
         END
       }] AS nodes,
       [r IN steps | {
         source: startNode(r).id, type: type(r), target: endNode(r).id,
         rule: r.rule, confidence: r.confidence, articleId: r.articleId, sentenceIndex: r.sentence, order: r.order,
         sentence: CASE WHEN $withSentences
                   THEN COLLECT { MATCH (s:Sentence {id: r.articleId + '#' + toString(r.sentence)}) RETURN s.text }[0] END,
         count: size([x IN COLLECT {
             MATCH (a)-[x]->()
             WHERE elementId(a) = elementId(startNode(r)) AND type(x) = type(r)
             RETURN x
             LIMIT toInteger($edgeSample)
           } WHERE endNode(x) = endNode(r)])
       }] AS rels
