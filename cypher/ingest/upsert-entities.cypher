// One node per entity id, whatever the article's language. Rows arrive merged per batch and
// sorted by id (so concurrent writers lock entities in one order). A curated lexicon entity
// (known = true) sets the names; one detected in text only fills what is missing, so the first
// reading of a text-detected entity names it. (Its country is settled by majority in
// refresh-entities.cypher.)
// Aliases are the union over every article that named the entity, sorted, so that the node does
// not depend on the order articles came in.
UNWIND $entities AS row
MERGE (x:Entity {id: row.id})
ON CREATE SET x.known = row.known, x.mentionCount = 0, x.articleCount = 0
SET x:$(row.label)
WITH x, row, row.known OR x.name IS NULL AS wins
WITH x, row, wins, COLLECT { UNWIND coalesce(x.aliases, []) + row.aliases AS a RETURN DISTINCT a ORDER BY a } AS aliases
SET x.type = CASE WHEN wins THEN row.type ELSE coalesce(x.type, row.type) END,
    x.name = CASE WHEN wins THEN row.name ELSE coalesce(x.name, row.name) END,
    x.nameAr = CASE WHEN wins THEN coalesce(row.nameAr, x.nameAr) ELSE coalesce(x.nameAr, row.nameAr) END,
    x.nameEn = CASE WHEN wins THEN coalesce(row.nameEn, x.nameEn) ELSE coalesce(x.nameEn, row.nameEn) END,
    x.code = CASE WHEN wins THEN coalesce(row.code, x.code) ELSE coalesce(x.code, row.code) END,
    x.country = CASE WHEN wins THEN coalesce(row.country, x.country) ELSE coalesce(x.country, row.country) END,
    x.role = CASE WHEN wins THEN coalesce(row.role, x.role) ELSE coalesce(x.role, row.role) END,
    x.region = coalesce(x.region, row.region),
    x.known = coalesce(x.known, false) OR row.known,
    x.aliases = aliases,
    x.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
