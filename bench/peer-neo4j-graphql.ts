/**
 * The peer: @neo4j/graphql generating its API from type definitions over the same labels and
 * relationships newsgraph writes (docs/ARCHITECTURE.md, "Graph model"), served by Apollo Server
 * on express 5 exactly like newsgraph, over the same database.
 */
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver } from "neo4j-driver";
import { PATH_HOPS } from "./raw-cypher.js";

export const PEER_TYPE_DEFS = /* GraphQL */ `
  interface Entity {
    id: ID!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
  }

  type Person implements Entity @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
    articles: [Article!]! @relationship(type: "MENTIONS", direction: IN)
    statementsBy: [Statement!]! @relationship(type: "SAID_BY", direction: IN)
    coMentions(first: Int = 10): [Entity!]!
      @cypher(
        statement: """
        MATCH (this)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other:Entity)
        WHERE other <> this
        WITH other, count(*) AS together ORDER BY together DESC, other.id LIMIT $first
        RETURN other
        """
        columnName: "other"
      )
  }

  type Country implements Entity @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
    code: String
    articles: [Article!]! @relationship(type: "MENTIONS", direction: IN)
    statementsAbout: [Statement!]! @relationship(type: "ABOUT", direction: IN)
    coMentions(first: Int = 10): [Entity!]!
      @cypher(
        statement: """
        MATCH (this)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other:Entity)
        WHERE other <> this
        WITH other, count(*) AS together ORDER BY together DESC, other.id LIMIT $first
        RETURN other
        """
        columnName: "other"
      )
  }

  type Organisation implements Entity @node(labels: ["Organisation", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
    articles: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Location implements Entity @node(labels: ["Location", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
  }

  type Article @node {
    id: ID!
    title: String
    url: String
    publishedOn: Date
    body: String!
    people: [Person!]! @relationship(type: "MENTIONS", direction: OUT)
    countries: [Country!]! @relationship(type: "MENTIONS", direction: OUT)
    organisations: [Organisation!]! @relationship(type: "MENTIONS", direction: OUT)
    statements: [Statement!]! @relationship(type: "REPORTED_IN", direction: IN)
  }

  type Statement @node {
    id: ID!
    text: String!
    kind: String!
    verb: String
    saidOn: Date
    start: Int!
    end: Int!
    speaker: Entity @relationship(type: "SAID_BY", direction: OUT)
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
    article: Article @relationship(type: "REPORTED_IN", direction: OUT)
  }

  type SearchHit {
    score: Float!
    id: ID!
    name: String
    text: String
  }

  type PathEntity {
    id: ID!
    name: String
  }

  type PathArticle {
    id: ID!
    title: String
  }

  type PathHop {
    fromId: ID!
    toId: ID!
    articles: [PathArticle!]!
  }

  type Path {
    length: Int!
    entities: [PathEntity!]!
    hops: [PathHop!]!
  }

  type Query {
    search(query: String!, first: Int = 10): [SearchHit!]!
      @cypher(
        statement: """
        CALL () {
          CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
          RETURN score, node.id AS id, node.name AS name, null AS text
          UNION ALL
          CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
          RETURN score, node.id AS id, null AS name, node.text AS text
        }
        WITH score, id, name, text ORDER BY score DESC, id LIMIT $first
        RETURN {score: score, id: id, name: name, text: text} AS hit
        """
        columnName: "hit"
      )
    connection(from: ID!, to: ID!, first: Int = 3): [Path!]!
      @cypher(
        statement: """
        ${PATH_HOPS}
        RETURN {
          length: size(es) - 1,
          entities: [e IN es | e {.id, .name}],
          hops: hops
        } AS path
        """
        columnName: "path"
      )
  }
`;

export interface PeerServer {
  port: number;
  close(): Promise<void>;
}

export async function startPeer(driver: Driver): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: true });
  await apollo.start();
  app.use("/graphql", express.json({ limit: "2mb" }), expressMiddleware(apollo, { context: async () => ({}) }));
  const port = await new Promise<number>((resolve) => {
    httpServer.listen(0, "127.0.0.1", () => {
      const a = httpServer.address();
      resolve(typeof a === "object" && a ? a.port : 0);
    });
  });
  return {
    port,
    close: async () => {
      await apollo.stop();
      await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
