// The explorer's reads of bench/api.ts through an @neo4j/graphql schema over the same database,
// written as a user of that library would to get what the explorer shows: the same fields of
// each node, edges with their provenance (relationship properties through connections), a
// depth-2 neighbourhood as nested connections (entity → its events, claims and affiliations →
// their other participants) capped with the library's `first` and ordered newest first, with
// the library's totalCount for what a list left out; evidence as the entity's newest articles
// with the sentences that mention it and the mentions' spans. Search builds the same Lucene
// query as Isnad (server/graph/search-normalize.ts) on the same two full-text indexes. The
// library has no shortest-path operation, so paths go through a @cypher field running Isnad's
// own query (cypher/api/paths.cypher). What the library cannot express is listed in NOT_THE_SAME.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../server/graph/cypher.ts';
import { searchIndexFor } from '../server/graph/api-search.ts';
import { fulltextQuery } from '../server/graph/search-normalize.ts';

const typeDefs = (pathsCypher: string) => /* GraphQL */ `
  type Provenance @relationshipProperties {
    rule: String
    confidence: Float
    articleId: String
    sentence: Int
    order: Int
  }

  type Mention @relationshipProperties {
    start: Int
    end: Int
    text: String
  }

  type Entity
    @node(labels: ["Entity"])
    @fulltext(
      indexes: [
        { indexName: "entity_names_ar", queryName: "searchAr", fields: ["name", "nameAr", "aliasText"] }
        { indexName: "entity_names_en", queryName: "searchEn", fields: ["name", "nameEn", "aliasText"] }
      ]
    ) {
    id: ID!
    type: String
    name: String
    nameAr: String
    nameEn: String
    aliasText: String
    code: String
    country: String
    role: String
    mentionCount: Int
    articleCount: Int
    sourceOf: [Event!]! @relationship(type: "SOURCE", direction: IN, properties: "Provenance")
    targetOf: [Event!]! @relationship(type: "TARGET", direction: IN, properties: "Provenance")
    placeOf: [Event!]! @relationship(type: "AT", direction: IN, properties: "Provenance")
    said: [Claim!]! @relationship(type: "SAID_BY", direction: IN, properties: "Provenance")
    relayed: [Claim!]! @relationship(type: "VIA", direction: IN, properties: "Provenance")
    subjectOf: [Claim!]! @relationship(type: "ABOUT", direction: IN, properties: "Provenance")
    affiliatedWith: [Entity!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Provenance")
    affiliates: [Entity!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Provenance")
    articles: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Event @node {
    id: ID!
    code: String
    label: String
    quadClass: Int
    date: Date
    mode: String
    reportCount: Int
    sources: [Entity!]! @relationship(type: "SOURCE", direction: OUT, properties: "Provenance")
    targets: [Entity!]! @relationship(type: "TARGET", direction: OUT, properties: "Provenance")
    places: [Entity!]! @relationship(type: "AT", direction: OUT, properties: "Provenance")
  }

  type Claim @node {
    id: ID!
    text: String
    stance: String
    date: Date
    speaker: [Entity!]! @relationship(type: "SAID_BY", direction: OUT, properties: "Provenance")
    via: [Entity!]! @relationship(type: "VIA", direction: OUT, properties: "Provenance")
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT, properties: "Provenance")
  }

  type Sentence @node {
    id: ID!
    text: String
    index: Int
    start: Int
    end: Int
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mention")
  }

  type Article @node {
    id: ID!
    title: String
    url: String
    source: String
    lang: String
    publishedAt: String
    sentences: [Sentence!]! @relationship(type: "HAS_SENTENCE", direction: OUT)
  }

  type Query {
    pathNodes(from: ID!, to: ID!, maxLength: Int!, first: Int!, edgeSample: Int!, withSentences: Boolean!): [String!]!
      @cypher(statement: ${JSON.stringify(`CALL () {\n${pathsCypher}\n}\nUNWIND nodes AS n\nRETURN DISTINCT n.props.id AS id`)}, columnName: "id")
  }
`;

export function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: typeDefs(loadCypher('api/paths')), driver }).getSchema();
}

// The node fields the explorer draws (client/src/api/queries/fragments.graphql), per kind.
const FRAGMENTS = `
  fragment P on Provenance { rule confidence articleId sentence order }
  fragment E on Entity { id type name nameAr nameEn code country role mentionCount articleCount }
  fragment Ev on Event {
    id label code quadClass date mode reportCount
    sourcesConnection(first: 5) { totalCount edges { properties { ...P } node { ...E } } }
    targetsConnection(first: 5) { totalCount edges { properties { ...P } node { ...E } } }
    placesConnection(first: 3) { totalCount edges { properties { ...P } node { ...E } } }
  }
  fragment Cl on Claim {
    id stance date text
    speakerConnection(first: 3) { totalCount edges { properties { ...P } node { ...E } } }
    viaConnection(first: 3) { totalCount edges { properties { ...P } node { ...E } } }
    aboutConnection(first: 3) { totalCount edges { properties { ...P } node { ...E } } }
  }`;

// Level 1 is capped at 90 nodes (Isnad gives it half of 150 and lends level 2 what it leaves),
// events and claims newest first; level 2 is each of them's other participants.
const NEIGHBORHOOD = `query($id: ID!) { entities(where: { id: { eq: $id } }) {
    ...E
    sourceOfConnection(first: 20, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { ...P } node { ...Ev } } }
    targetOfConnection(first: 20, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { ...P } node { ...Ev } } }
    placeOfConnection(first: 5, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { ...P } node { ...Ev } } }
    saidConnection(first: 15, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { ...P } node { ...Cl } } }
    relayedConnection(first: 5, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { ...P } node { ...Cl } } }
    subjectOfConnection(first: 10, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { ...P } node { ...Cl } } }
    affiliatedWithConnection(first: 5) { totalCount edges { properties { ...P } node { ...E } } }
    affiliatesConnection(first: 10) { totalCount edges { properties { ...P } node { ...E } } }
  } } ${FRAGMENTS}`;

// A connection rather than a list (entity { articles(sort, limit) }): the library projects a
// nested list's selection for every element before sorting and cutting it (2.3 million
// database hits for an entity in 10,000 articles), and a connection's after; from the articles'
// side (articles(where: {mentions: {some: ...}})) it reads every article's mentions (0.8-0.9
// million).
const EVIDENCE = `query($id: ID!) { entities(where: { id: { eq: $id } }) {
    id
    articlesConnection(first: 20, sort: [{ node: { publishedAt: DESC } }]) { edges { node {
      id title url source lang publishedAt
      sentences(where: { mentions: { some: { id: { eq: $id } } } }, sort: [{ index: ASC }]) {
        id text index start end
        mentionsConnection(where: { node: { id: { eq: $id } } }) { edges { properties { start end text } } }
      }
    } } }
  } }`;

const search = (index: 'searchAr' | 'searchEn') =>
  `query($q: String!) { ${index}(phrase: $q, first: 10) { edges { score node { id name nameAr nameEn type mentionCount } } } }`;

const PATHS = `query($from: ID!, $to: ID!) { pathNodes(from: $from, to: $to, maxLength: 4, first: 5, edgeSample: 20, withSentences: false) }`;

/** One request of the bench in that schema's terms, from the inputs bench/api.ts rotates. */
export function neo4jGraphQLRequest(
  read: 'search' | 'neighborhood' | 'evidence' | 'paths',
  input: { q?: string; id?: string; from?: string; to?: string },
): { query: string; variables: Record<string, unknown> } {
  switch (read) {
    case 'search': {
      // Isnad's own query string: every word, the last also as a prefix (search as you type).
      const q = input.q!;
      const phrase = `(${fulltextQuery(q)}) OR (${fulltextQuery(q, { prefix: true })})`;
      return { query: search(searchIndexFor(q) === 'entity_names_ar' ? 'searchAr' : 'searchEn'), variables: { q: phrase } };
    }
    case 'neighborhood':
      return { query: NEIGHBORHOOD, variables: { id: input.id } };
    case 'evidence':
      return { query: EVIDENCE, variables: { id: input.id } };
    case 'paths':
      return { query: PATHS, variables: { from: input.from, to: input.to } };
  }
}

/** How these reads differ from Isnad's, for the bench's printed note and the README. */
export const NOT_THE_SAME = [
  'search: the same Lucene query on the same index, ranked by the index score only (Isnad also puts names that hold the text as typed first and weighs by mentions);',
  'neighbourhood: a depth-2 view of the same kinds and fields, edges with their provenance, level 1 capped at 90 newest-first (events and claims sorted by date, which reads all of a hub\'s), level 2 the participants of each (up to 5 per role), totalCount per list for what was left out; ' +
    'Isnad ranks level 1 by how many kept nodes each touches and by weight within a bounded sample, shares a 150-node budget between levels, dedupes nodes and edges, merges the relationships several articles assert into one edge with a count, draws the edges between level-2 nodes, and counts what is hidden per node;',
  'evidence: the 20 newest articles that mention the entity with every sentence of theirs that does and the mentions\' spans (Isnad: 20 sentences, newest article first, with spans relative to the sentence, rule and confidence);',
  "paths: the same Cypher through a @cypher field (the library has no path operation), ids only (Isnad also returns the nodes' and edges' fields).",
];
