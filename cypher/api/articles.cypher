// A page of articles, newest first, filtered by source, language and publication dates (any
// filter may be null), with how many match in all.
MATCH (a:Article)
WHERE a.contentHash IS NOT NULL
  AND ($source IS NULL OR a.source = $source)
  AND ($lang IS NULL OR a.lang = $lang)
  AND ($from IS NULL OR a.publishedDate >= date($from))
  AND ($to IS NULL OR a.publishedDate <= date($to))
WITH a
ORDER BY a.publishedDate IS NULL, a.publishedDate DESC, a.publishedAt DESC, a.id
WITH collect(a.id) AS ids
RETURN ids[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS items, size(ids) AS total
