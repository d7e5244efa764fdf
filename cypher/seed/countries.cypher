// Every ISO 3166-1 country, with its English and Arabic names, their variants and its region
// ($countries is built by server/graph/seed.ts from i18n-iso-countries and countries-list).
// seeded = true keeps a country that no article mentions from being taken for an orphan.
UNWIND $countries AS c
MERGE (x:Entity {id: c.id})
ON CREATE SET x.mentionCount = 0, x.articleCount = 0
SET x:Country,
    x.type = 'COUNTRY',
    x.code = c.code,
    x.name = c.name,
    x.nameEn = c.nameEn,
    x.nameAr = coalesce(c.nameAr, x.nameAr),
    x.region = c.region,
    x.known = true,
    x.seeded = true,
    x.seedAliases = c.aliases
WITH x, COLLECT { UNWIND coalesce(x.aliases, []) + c.aliases AS a RETURN DISTINCT a ORDER BY a } AS aliases
SET x.aliases = aliases,
    x.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
