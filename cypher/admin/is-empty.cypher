// True when the database holds no node at all (a first start).
OPTIONAL MATCH (n)
WITH n LIMIT 1
RETURN n IS NULL AS empty
