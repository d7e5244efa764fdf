// The same reads as bench/api.ts asks of Isnad's API, through an @neo4j/graphql schema over the
// same database: what a user who picked that library would write for search, a depth-2
// neighbourhood, evidence and paths. The library has no shortest-path operation, so paths go
// through a @cypher field running Isnad's own query (cypher/api/paths.cypher).
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../server/graph/cypher.ts';

const typeDefs = (pathsCypher: string) => /* GraphQL */ `
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
    country: String
    mentionCount: Int
    articleCount: Int
    sourceOf: [Event!]! @relationship(type: "SOURCE", direction: IN)
    targetOf: [Event!]! @relationship(type: "TARGET", direction: IN)
    said: [Claim!]! @relationship(type: "SAID_BY", direction: IN)
    affiliatedWith: [Entity!]! @relationship(type: "AFFILIATED_WITH", direction: OUT)
    mentionedIn: [Sentence!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Event @node {
    id: ID!
    code: String
    label: String
    quadClass: Int
    date: Date
    reportCount: Int
    sources: [Entity!]! @relationship(type: "SOURCE", direction: OUT)
    targets: [Entity!]! @relationship(type: "TARGET", direction: OUT)
  }

  type Claim @node {
    id: ID!
    text: String
    stance: String
    speaker: [Entity!]! @relationship(type: "SAID_BY", direction: OUT)
    via: [Entity!]! @relationship(type: "VIA", direction: OUT)
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Sentence @node {
    id: ID!
    text: String
    index: Int
    start: Int
    end: Int
    article: [Article!]! @relationship(type: "HAS_SENTENCE", direction: IN)
  }

  type Article @node {
    id: ID!
    title: String
    url: String
    publishedAt: String
  }

  type Query {
    pathNodes(from: ID!, to: ID!, maxLength: Int!, first: Int!, edgeSample: Int!, withSentences: Boolean!): [String!]!
      @cypher(statement: ${JSON.stringify(`CALL () {\n${pathsCypher}\n}\nUNWIND nodes AS n\nRETURN DISTINCT n.props.id AS id`)}, columnName: "id")
  }
`;

export function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: typeDefs(loadCypher('api/paths')), driver }).getSchema();
}

/** The bench's reads in that schema's terms (variables as in bench/api.ts). */
export const NEO4J_GRAPHQL_QUERIES = {
  search: `query($q: String!) { searchAr(phrase: $q, first: 10) { edges { score node { id name nameAr type mentionCount } } } }`,
  neighborhood: `query($id: ID!) { entities(where: { id: { eq: $id } }) {
    id name type
    sourceOf(limit: 25) { id code label date sources { id name type } targets { id name type } }
    targetOf(limit: 25) { id code label date sources { id name type } targets { id name type } }
    said(limit: 25) { id text stance via { id name } about { id name type } }
    affiliatedWith(limit: 10) { id name }
  } }`,
  evidence: `query($id: ID!) { entities(where: { id: { eq: $id } }) { mentionedIn(limit: 20) { id text index start end article { title url publishedAt } } } }`,
  paths: `query($from: ID!, $to: ID!) { pathNodes(from: $from, to: $to, maxLength: 4, first: 5, edgeSample: 20, withSentences: false) }`,
};
