// The nodes of a neighbourhood with the edges between them, for Cytoscape.js. Each node looks
// only at its outgoing relationships (an event's SOURCE, a claim's SAID_BY...), so that every
// edge is seen once and a hub's thousands of incoming ones are never walked; and at no more
// than $edgeSample of them, since an actor named in 5,000 articles has 5,000 AFFILIATED_WITH
// relationships, one per article. The relationships that several articles assert between the
// same two nodes become one edge carrying the provenance and sentence of the first of them, and
// their count (among those looked at). Relationships are grouped by their end node before any
// property is read, so only the edges kept cost property reads. $withEdges false skips the
// edges (paths know theirs); $withSentences false skips their sentences' text.
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
  // Without $withSentences the id is null, which the index seek finds nothing for at no cost
  // (a WHERE after the MATCH would still look each sentence up).
  OPTIONAL MATCH (s:Sentence {id: CASE WHEN $withSentences THEN best.articleId + '#' + toString(best.sentence) END})
  RETURN collect({
    target: m.id, type: type, rule: best.rule, confidence: best.confidence, articleId: best.articleId,
    sentence: s.text, sentenceIndex: best.sentence, order: best.order, count: size(rs)
  }) AS edges
}
RETURN labels(n) AS labels,
       n {.id, .type, .name, .nameAr, .nameEn, .code, .country, .role, .mentionCount, .articleCount,
          .label, .quadClass, .date, .mode, .reportCount, .stance,
          text: CASE WHEN n:Claim THEN n.text ELSE null END, .title, .source, .lang, .url,
          .publishedDate} AS props,
       edges,
       // Relationship counts by type and direction, from the degree store (no walk over a
       // hub's relationships): the caller tells from them how many lead out of the view. Only
       // for the nodes in $degreeIds, those whose hidden connections the caller needs.
       CASE WHEN n.id IN $degreeIds THEN {
         SOURCE_in: COUNT { (n)<-[:SOURCE]-() }, SOURCE_out: COUNT { (n)-[:SOURCE]->() },
         TARGET_in: COUNT { (n)<-[:TARGET]-() }, TARGET_out: COUNT { (n)-[:TARGET]->() },
         AT_in: COUNT { (n)<-[:AT]-() }, AT_out: COUNT { (n)-[:AT]->() },
         SAID_BY_in: COUNT { (n)<-[:SAID_BY]-() }, SAID_BY_out: COUNT { (n)-[:SAID_BY]->() },
         VIA_in: COUNT { (n)<-[:VIA]-() }, VIA_out: COUNT { (n)-[:VIA]->() },
         ABOUT_in: COUNT { (n)<-[:ABOUT]-() }, ABOUT_out: COUNT { (n)-[:ABOUT]->() },
         AFFILIATED_WITH_in: COUNT { (n)<-[:AFFILIATED_WITH]-() }, AFFILIATED_WITH_out: COUNT { (n)-[:AFFILIATED_WITH]->() },
         REPORTED_IN_in: COUNT { (n)<-[:REPORTED_IN]-() }, REPORTED_IN_out: COUNT { (n)-[:REPORTED_IN]->() }
       } END AS degrees
