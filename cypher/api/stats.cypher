// Sizes of the graph. Counts of a whole label come from the count store; the breakdowns scan.
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Sentence) RETURN count(n) AS sentences }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Country) RETURN count(n) AS countries }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Country) WHERE n.articleCount > 0 RETURN count(n) AS countriesMentioned }
CALL () {
  MATCH (n:Entity)
  WITH n.type AS key, count(*) AS count
  ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS entitiesByType
}
CALL () {
  MATCH (n:Article)
  WITH n.lang AS key, count(*) AS count
  ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS articlesByLang
}
CALL () {
  MATCH (n:Event)
  WITH toString(n.quadClass) AS key, count(*) AS count
  ORDER BY key
  RETURN collect({key: key, count: count}) AS eventsByQuadClass
}
RETURN articles, sentences, actors, countries, countriesMentioned, places, events, claims,
       entitiesByType, articlesByLang, eventsByQuadClass
