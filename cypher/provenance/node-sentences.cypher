// The sentences a node came from: every edge touching it carries (articleId, sentence), which
// names one Sentence. A Sentence is its own evidence. The node is looked up under each label
// that has an id constraint, so that the lookup is an index seek whatever the node is.
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Event {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
  UNION
  MATCH (n:Sentence {id: $id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r]-()
  WHERE r.articleId IS NOT NULL AND r.sentence IS NOT NULL
  RETURN DISTINCT r.articleId + '#' + toString(r.sentence) AS sid
  UNION
  WITH n WHERE n:Sentence
  RETURN n.id AS sid
}
MATCH (s:Sentence {id: sid})
MATCH (a:Article {id: s.articleId})
RETURN s.id AS id, s.articleId AS articleId, s.index AS index, s.text AS text, s.start AS start, s.end AS end,
       a.title AS title, a.url AS url, a.publishedAt AS publishedAt
ORDER BY a.publishedAt DESC, articleId, index
LIMIT toInteger($limit)
