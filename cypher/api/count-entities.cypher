// How many of these entity ids still have a node.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
RETURN count(x) AS n
