// The sentences an edge came from. An edge is named by its ends and type; when several
// articles assert it there is one edge per article, and each gives its sentence ($articleId
// narrows to one of them).
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n
  UNION
  MATCH (n:Event {id: $from}) RETURN n
  UNION
  MATCH (n:Claim {id: $from}) RETURN n
  UNION
  MATCH (n:Article {id: $from}) RETURN n
  UNION
  MATCH (n:Sentence {id: $from}) RETURN n
}
MATCH (n)-[r]->(m {id: $to})
WHERE type(r) = $type AND ($articleId IS NULL OR r.articleId = $articleId) AND r.sentence IS NOT NULL
WITH DISTINCT r.articleId + '#' + toString(r.sentence) AS sid
MATCH (s:Sentence {id: sid})
MATCH (a:Article {id: s.articleId})
RETURN s.id AS id, s.articleId AS articleId, s.index AS index, s.text AS text, s.start AS start, s.end AS end,
       a.title AS title, a.url AS url, a.publishedAt AS publishedAt
ORDER BY a.publishedAt DESC, articleId, index
LIMIT toInteger($limit)
