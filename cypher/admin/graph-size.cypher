// How big the graph is, by kind of node and in edges (for benchmarks and the CLI).
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL () { MATCH (x:Entity) RETURN count(x) AS entities }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (e:Event) WHERE e.reportCount > 1 RETURN count(e) AS mergedEvents }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r]->() RETURN count(r) AS edges }
RETURN articles, sentences, entities, events, mergedEvents, claims, edges
