// The full text of articles, apart from nodes.cypher because it is large and rarely wanted.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
