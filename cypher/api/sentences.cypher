// Sentences by id (`<articleId>#<index>`), for the evidence of a single claim or event report.
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN s.id AS id, s.articleId AS articleId, s.index AS index, s.text AS text, s.start AS start, s.end AS end
