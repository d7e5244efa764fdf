// Step 1 of writing a batch: take each article's write lock (creating its node when new)
// before reading its hash. Two writers of one article then queue on the node (the unique
// constraint on Article.id makes the second MERGE wait for the first to commit) and the
// second sees the first's hash instead of also finding the article absent.
// The lock property never outlives the transaction: unlock-articles.cypher removes it.
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.writeLock = true
RETURN a.id AS id, a.contentHash AS hash
