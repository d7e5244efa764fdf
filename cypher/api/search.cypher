// Entity search over the full-text name indexes (cypher/schema.cypher): $index is
// entity_names_ar or entity_names_en, $query a Lucene query built by
// server/graph/search-normalize.ts. Ranking: names that hold the text as typed ($literal,
// lowercased) first, since stemming makes «بوتين» and «بوتان» one term; then the index's
// score weighted by how often the entity is mentioned, so the one the news talks about wins.
// Only the $pool best index hits are ranked, which bounds the work of a one-letter prefix.
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($pool)}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score,
     any(s IN coalesce(node.aliases, []) + [node.name, node.nameAr, node.nameEn]
         WHERE s IS NOT NULL AND toLower(s) CONTAINS $literal) AS literal
ORDER BY literal DESC, score * (1 + log10(1 + coalesce(node.mentionCount, 0))) DESC, node.id
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN score, labels(node) AS labels, node {.*, aliasText: null} AS props
