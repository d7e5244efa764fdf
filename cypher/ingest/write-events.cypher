// Events, merged across articles. A report joins the stored Event with its merge key (same
// CAMEO root, same sorted sources and targets) whose date is within one day of its own (the
// nearest, then the smallest id); undated reports only meet undated ones of the same article
// (their key names the article). Otherwise the report creates the Event under the id it brought.
// The whole find-or-create runs inside one CALL per row, because a CALL sees what the calls for
// the rows before it wrote: two reports of one event in the same batch meet too. Concurrent
// writers of one event are serialised by the locks on its participants, which
// upsert-entities.cypher took earlier in the transaction.
UNWIND $events AS row
CALL (row) {
  MATCH (a:Article {id: row.articleId})
  CALL (row) {
    CALL (row) {
      // Dated: an index seek on (mergeKey, date) for the three days around the report's date.
      // (The planner would rather seek (root, date), whose rows for a busy root and day grow
      // with the graph, all read to keep the few with this key.)
      WITH row WHERE row.date IS NOT NULL
      MATCH (old:Event)
      USING INDEX old:Event(mergeKey, date)
      WHERE old.mergeKey = row.mergeKey
        AND old.date >= date(row.date) - duration('P1D') AND old.date <= date(row.date) + duration('P1D')
      RETURN old
      UNION
      // Undated: only the same article's undated reports qualify, and their key names the
      // article. The key is null for a dated report, so that its seek finds nothing at no cost
      // (the planner seeks before it filters on row.date, and a dated report's key has as
      // many events as its participants ever had).
      WITH row WHERE row.date IS NULL
      MATCH (old:Event {mergeKey: CASE WHEN row.date IS NULL THEN row.mergeKey END})-[:REPORTED_IN]->(:Article {id: row.articleId})
      WHERE old.date IS NULL
      RETURN old
    }
    WITH old, row
    ORDER BY CASE WHEN old.date IS NULL THEN 0 ELSE abs(duration.inDays(old.date, date(row.date)).days) END, old.id
    LIMIT 1
    RETURN collect(old)[0] AS old
  }
  MERGE (ev:Event {id: coalesce(old.id, row.newId)})
  ON CREATE SET ev.mergeKey = row.mergeKey,
                ev.code = row.code,
                ev.root = row.root,
                ev.label = row.label,
                ev.quadClass = toInteger(row.quadClass),
                ev.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
                ev.mode = row.mode
  MERGE (ev)-[rep:REPORTED_IN {articleId: row.articleId}]->(a)
  ON CREATE SET rep.sentence = toInteger(row.sentence),
                rep.text = row.text,
                rep.start = toInteger(row.start),
                rep.end = toInteger(row.end),
                rep.trigger = row.trigger,
                rep.mode = row.mode,
                rep.code = row.code,
                rep.rule = row.rule,
                rep.confidence = row.confidence
  WITH ev, row
  CALL (ev, row) {
    UNWIND row.source AS xid
    MATCH (x:Entity {id: xid})
    MERGE (ev)-[r:SOURCE {articleId: row.articleId}]->(x)
    ON CREATE SET r.sentence = toInteger(row.sentence), r.rule = row.rule, r.confidence = row.confidence
  }
  CALL (ev, row) {
    UNWIND row.target AS xid
    MATCH (x:Entity {id: xid})
    MERGE (ev)-[r:TARGET {articleId: row.articleId}]->(x)
    ON CREATE SET r.sentence = toInteger(row.sentence), r.rule = row.rule, r.confidence = row.confidence
  }
  CALL (ev, row) {
    UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END AS xid
    MATCH (p:Entity {id: xid})
    MERGE (ev)-[r:AT {articleId: row.articleId}]->(p)
    ON CREATE SET r.sentence = toInteger(row.sentence), r.rule = row.rule, r.confidence = row.confidence
  }
  SET ev.reportCount = COUNT { (ev)-[:REPORTED_IN]->() }
}
