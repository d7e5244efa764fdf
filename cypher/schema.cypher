// The database schema (see docs/graph-model.md), applied at every start by server/graph/schema.ts.
// Every statement is idempotent (IF NOT EXISTS); each runs in its own transaction.
// Changing an existing index or constraint takes a new name (or a DROP first): IF NOT EXISTS
// keeps an old definition that has the same name.

// One node per id. A uniqueness constraint also gives the range index every MERGE/MATCH by id uses.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
// Entity ids carry their kind (actor:, country:, place:), so they are unique across the three
// labels too; this also serves "any entity by id" lookups.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Events from different articles merge on CAMEO root and date (docs/graph-model.md, Merging).
CREATE INDEX event_root_date IF NOT EXISTS FOR (n:Event) ON (n.root, n.date);
// Reports of one event carry the same merge key (CAMEO root and sorted participants): a dated
// report seeks its key and the days around its date, an undated one its key alone (a composite
// index leaves out nodes missing one of its properties, so undated events need the second).
CREATE INDEX event_key_date IF NOT EXISTS FOR (n:Event) ON (n.mergeKey, n.date);
CREATE INDEX event_merge_key IF NOT EXISTS FOR (n:Event) ON (n.mergeKey);
// Lists and evidence are ordered by publication, newest first (cypher/api).
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// Name search. Query with db.index.fulltext.queryNodes('entity_names_ar' | 'entity_names_en', q),
// q built by server/graph/search-normalize.ts (user text must be escaped for Lucene's syntax).
// The arabic analyzer (Lucene's ArabicAnalyzer) folds alef/hamza forms (أ إ آ to ا), ة to ه,
// ى to ي, strips harakat and tatweel, and light-stems (ال, و, ب... prefixes; ات, ين, ية... suffixes),
// so «بوتين» finds «فلاديمير بوتين» and «احمد» finds «أحمد» (tests/graph/schema.test.ts).
// Aliases are indexed through aliasText (the aliases joined by ' | ', docs/graph-model.md).
// `name` is in both: it is English where known, else as written in the article.
// The two indexes must differ in properties: Neo4j keeps one full-text index per label and
// property set, whatever the analyzer, and IF NOT EXISTS would silently skip the second.
CREATE FULLTEXT INDEX entity_names_ar IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameAr, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
// The english analyzer stems English words (Putin's, sanctions) and drops English stop words.
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// New indexes fill in the background; the server serves queries only once they are online.
CALL db.awaitIndexes(300);
