// What a claim links to, for many claims at once: its speaker, its chain of attribution in
// order (VIA.order 0 nearest the speaker), what it is about, and where it was read.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[rep:REPORTED_IN]->(a:Article)
RETURN c.id AS id,
       COLLECT { MATCH (c)-[:SAID_BY]->(x) RETURN x.id LIMIT 1 }[0] AS speaker,
       COLLECT { MATCH (c)-[v:VIA]->(x) RETURN x.id ORDER BY v.order, x.id } AS via,
       COLLECT { MATCH (c)-[:ABOUT]->(x) RETURN DISTINCT x.id AS xid ORDER BY xid } AS about,
       a.id AS articleId, rep.start AS start, rep.end AS end, rep.rule AS rule, rep.confidence AS confidence,
       coalesce(rep.sentence, c.sentence) AS sentence
