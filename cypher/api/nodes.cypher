// Nodes by global id: the request's DataLoader sends every id it was asked for in one query.
// Each id is looked up under the label its prefix names (docs/graph-model.md), so that every
// lookup is an index seek. Bulky or internal properties are left out (an article's text is
// read by article-texts.cypher, only when asked for).
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
RETURN labels(n) AS labels,
       n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END, aliasText: null, contentHash: null,
          entityIds: null, writeLock: null, mergeKey: null} AS props
