// The most mentioned actors.
MATCH (x:Actor)
WITH x
ORDER BY x.mentionCount DESC, x.id
LIMIT toInteger($limit)
RETURN labels(x) AS labels, x {.*, aliasText: null} AS props
