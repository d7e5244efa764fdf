// The nodes of a neighbourhood with the edges between them, for Cytoscape.js. Each node looks
// only at its outgoing relationships (an event's SOURCE, a claim's SAID_BY...), so that every
// edge is seen once and a hub's thousands of incoming ones are never walked; and at no more
// than $edgeSample of them, since an actor named in 5,000 articles has 5,000 AFFILIATED_WITH
// relationships, one per article. The relationships that several articles assert between the
// same two nodes become one edge carrying the provenance and sentence of the first of them, and
// their count (among those looked at). Relationships are grouped by their end node before any
// property is read, so only the edges kept cost property reads. $withEdges false skips the
// edges (paths know theirs); $withSentences false skips their sentences' text.
// Rows are lists rather than maps, and each kind of node gives only the properties the explorer
// shows of it (a claim the start of its text, for its label): a 150-node view was 160 KB of
// mostly map keys and nulls, which cost the API server more to decode than anything else it did.
UNWIND $ids AS id
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
  MATCH (n)-[r:SOURCE|TARGET|AT|SAID_BY|VIA|ABOUT|AFFILIATED_WITH|REPORTED_IN]->(m)
  WHERE $withEdges
  WITH r, m
  LIMIT toInteger($edgeSample)
  WITH m, type(r) AS type, collect(r) AS rs
  WHERE m.id IN $ids
  WITH m, type, rs, head(rs) AS best
  RETURN collect([m.id, type, best.rule, best.confidence, best.articleId, best.sentence, best.order, size(rs),
    CASE WHEN $withSentences THEN COLLECT { MATCH (s:Sentence {id: best.articleId + '#' + toString(best.sentence)}) RETURN s.text }[0] END
  ]) AS edges
}
RETURN CASE WHEN n:Actor THEN 'Actor' WHEN n:Country THEN 'Country' WHEN n:Place THEN 'Place'
            WHEN n:Event THEN 'Event' WHEN n:Claim THEN 'Claim' ELSE 'Article' END AS kind,
       CASE
         WHEN n:Entity THEN n {.id, .type, .name, .nameAr, .nameEn, .code, .country, .role, .mentionCount, .articleCount}
         WHEN n:Event THEN n {.id, .label, .code, .quadClass, .date, .mode, .reportCount}
         WHEN n:Claim THEN n {.id, .stance, .date, text: left(n.text, 81)}
         ELSE n {.id, .title, .source, .lang, .url, .publishedDate}
       END AS props,
       edges,
       // Relationship counts by type and direction (server/graph/api-neighborhood.ts, DEGREES),
       // from the degree store (no walk over a hub's relationships): the caller tells from them
       // how many lead out of the view. Only for the nodes in $degreeIds, those whose hidden
       // connections the caller needs.
       CASE WHEN n.id IN $degreeIds THEN [
         COUNT { (n)<-[:SOURCE]-() }, COUNT { (n)-[:SOURCE]->() },
         COUNT { (n)<-[:TARGET]-() }, COUNT { (n)-[:TARGET]->() },
         COUNT { (n)<-[:AT]-() }, COUNT { (n)-[:AT]->() },
         COUNT { (n)<-[:SAID_BY]-() }, COUNT { (n)-[:SAID_BY]->() },
         COUNT { (n)<-[:VIA]-() }, COUNT { (n)-[:VIA]->() },
         COUNT { (n)<-[:ABOUT]-() }, COUNT { (n)-[:ABOUT]->() },
         COUNT { (n)<-[:AFFILIATED_WITH]-() }, COUNT { (n)-[:AFFILIATED_WITH]->() },
         COUNT { (n)<-[:REPORTED_IN]-() }, COUNT { (n)-[:REPORTED_IN]->() }
       ] END AS degrees
