// Who takes part in each event and where, over all the articles that report it: sources and
// targets (distinct, in id order) and the places, one per report (the caller takes the one
// most reports give).
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ev.id AS id,
       COLLECT { MATCH (ev)-[:SOURCE]->(x) RETURN DISTINCT x.id AS xid ORDER BY xid } AS sources,
       COLLECT { MATCH (ev)-[:TARGET]->(x) RETURN DISTINCT x.id AS xid ORDER BY xid } AS targets,
       COLLECT { MATCH (ev)-[:AT]->(p) RETURN p.id AS pid ORDER BY pid }
         AS places
