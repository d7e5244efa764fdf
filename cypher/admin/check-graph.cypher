// Health of the graph: one row per check, with how many nodes or edges fail it and a few ids.
// All counts are 0 in a graph written only by the ingest pipeline, also after interrupted or
// concurrent runs. `npm run cypher -- cypher/admin/check-graph.cypher`
CALL () {
  CALL () {
    MATCH (x:Entity)
    WHERE NOT EXISTS { (x)--() } AND NOT coalesce(x.seeded, false)
    RETURN count(x) AS count, collect(x.id)[..5] AS sample
  }
  RETURN 'entity with no edge' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (e:Event)
    WHERE NOT EXISTS { (e)-[:REPORTED_IN]->(:Article) }
    RETURN count(e) AS count, collect(e.id)[..5] AS sample
  }
  RETURN 'event reported nowhere' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (c:Claim)
    WHERE NOT EXISTS { (c)-[:REPORTED_IN]->(:Article) }
    RETURN count(c) AS count, collect(c.id)[..5] AS sample
  }
  RETURN 'claim reported nowhere' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (s:Sentence)
    WHERE NOT EXISTS { (:Article)-[:HAS_SENTENCE]->(s) }
    RETURN count(s) AS count, collect(s.id)[..5] AS sample
  }
  RETURN 'sentence of no article' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (a:Article)
    WHERE a.writeLock IS NOT NULL OR a.contentHash IS NULL
       OR a.sentenceCount <> COUNT { (a)-[:HAS_SENTENCE]->() }
    RETURN count(a) AS count, collect(a.id)[..5] AS sample
  }
  RETURN 'article half written' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (x:Entity)
    CALL (x) {
      OPTIONAL MATCH (x)<-[r:MENTIONS]-(:Article)
      RETURN count(r) AS articles, coalesce(sum(r.count), 0) AS mentions
    }
    WITH x, articles, mentions
    WHERE coalesce(x.articleCount, 0) <> articles OR coalesce(x.mentionCount, 0) <> mentions
       OR mentions <> COUNT { (x)<-[:MENTIONS]-(:Sentence) }
    RETURN count(x) AS count, collect(x.id)[..5] AS sample
  }
  RETURN 'entity counts wrong' AS problem, count, sample
  UNION ALL
  // The tally of readings (refresh-entities.cypher) against the edges it counts.
  CALL () {
    MATCH (x:Entity)
    WHERE NOT coalesce(x.known, false)
    WITH x, COLLECT {
      CALL (x) {
        MATCH (x)<-[r:MENTIONS]-(:Article)
        UNWIND ['name:' + r.name, 'role:' + coalesce(r.role, '')] AS key
        RETURN key
        UNION ALL
        MATCH (x)-[:AFFILIATED_WITH]->(c:Country)
        RETURN 'country:' + c.code AS key
      }
      WITH key, count(*) AS n
      ORDER BY n DESC, key
      RETURN key + ' ' + toString(n)
    } AS counted
    WHERE counted <> [i IN range(0, size(coalesce(x.readings, [])) - 1) | x.readings[i] + ' ' + toString(x.readingCounts[i])]
    RETURN count(x) AS count, collect(x.id)[..5] AS sample
  }
  RETURN 'entity readings wrong' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (e:Event)
    WHERE e.reportCount <> COUNT { (e)-[:REPORTED_IN]->() }
    RETURN count(e) AS count, collect(e.id)[..5] AS sample
  }
  RETURN 'event report count wrong' AS problem, count, sample
  UNION ALL
    // Two stored events that a new report could not tell apart: the same key, dates within a day.
CALL () {
    MATCH (e:Event)
    WHERE e.date IS NOT NULL
    WITH e.mergeKey AS key, e ORDER BY e.date
    WITH key, collect(e) AS events
    WHERE size(events) > 1
    UNWIND range(0, size(events) - 2) AS i
    WITH events[i] AS a, events[i + 1] AS b
    WHERE duration.inDays(a.date, b.date).days <= 1
    RETURN count(b) AS count, collect(b.id)[..5] AS sample
  }
  RETURN 'duplicate event' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (a:Article)-[r:MENTIONS]->(x:Entity)
    WITH a, x, count(r) AS n
    WHERE n > 1
    RETURN count(x) AS count, collect(a.id + ' ' + x.id)[..5] AS sample
  }
  RETURN 'article mentions an entity twice' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (s:Sentence)-[m:MENTIONS]->(x:Entity)
    WITH s, x, m.start AS start, count(m) AS n
    WHERE n > 1
    RETURN count(s) AS count, collect(s.id)[..5] AS sample
  }
  RETURN 'duplicate mention' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
    WITH e, a, count(r) AS n
    WHERE n > 1
    RETURN count(e) AS count, collect(e.id)[..5] AS sample
  }
  RETURN 'event reported twice by one article' AS problem, count, sample
  UNION ALL
  // AFFILIATION (write-affiliations.cypher): one per entity and country that an AFFILIATED_WITH
  // joins, and no other.
  CALL () {
    MATCH (x:Entity)-[:AFFILIATED_WITH]->(c)
    WITH DISTINCT x, c
    WHERE COUNT { (x)-[:AFFILIATION]->(c) } <> 1
    RETURN count(x) AS count, collect(x.id + ' ' + c.id)[..5] AS sample
  }
  RETURN 'affiliation not aggregated once' AS problem, count, sample
  UNION ALL
  CALL () {
    MATCH (x)-[g:AFFILIATION]->(c)
    WHERE NOT EXISTS { (x)-[:AFFILIATED_WITH]->(c) }
    RETURN count(g) AS count, collect(x.id + ' ' + c.id)[..5] AS sample
  }
  RETURN 'affiliation with no article' AS problem, count, sample
}
RETURN problem, count, sample
