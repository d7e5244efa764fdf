// After clear-articles.cypher: the aliases of the entities a replaced article touched are
// rebuilt from what is left, the names every other article gave them (on their aggregate
// MENTIONS edges) and those a seed script gave them, so that names read only in the old
// version do not linger. New writes then add to this by union (upsert-entities.cypher).
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WITH x, COLLECT {
  MATCH (x)<-[r:MENTIONS]-(:Article)
  UNWIND r.aliases AS a
  RETURN a
  UNION
  UNWIND coalesce(x.seedAliases, []) AS a
  RETURN a
} AS names
WITH x, COLLECT { UNWIND names AS a RETURN DISTINCT a ORDER BY a } AS aliases
SET x.aliases = aliases,
    x.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
