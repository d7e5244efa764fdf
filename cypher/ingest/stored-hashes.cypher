// The content hash stored for each of these article ids (absent ones are left out), so that the
// pipeline skips extracting articles that are already in the graph as they are.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.contentHash IS NOT NULL
RETURN a.id AS id, a.contentHash AS hash
