// Last step of writing a batch: drop the lock property set by lock-articles.cypher, so that an
// unchanged article ends the transaction exactly as it began.
UNWIND $ids AS id
MATCH (a:Article {id: id})
REMOVE a.writeLock
