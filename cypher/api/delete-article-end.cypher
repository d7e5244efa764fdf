// Last step of deleting an article, once cypher/ingest/clear-articles.cypher has removed its
// sentences, claims and edges: the article node itself. The entities it had
// touched go on to cypher/ingest/refresh-entities.cypher, which removes the orphans.
MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN 1 AS done
