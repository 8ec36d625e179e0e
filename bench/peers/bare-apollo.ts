/**
 * The peer of `npm run bench:load`: what a team would write instead of Tsunagari's API for the
 * same three questions — a bare Apollo Server on Express over Neo4j, each field one plain Cypher
 * statement (`cypher/statements/bench-bare-*.cypher`), with no sign-in, no visibility rules, no
 * cost control and no in-memory network. The schema answers the load's own queries unchanged.
 * Run as a child process by bench/load.ts: `PORT`, `NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD`;
 * prints "ready" when it listens.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { connect } from '../../server/db/driver.ts';

const typeDefs = `#graphql
  type Page { totalCount: Int! }
  type Node { key: ID! }
  type Edge { key: ID! }
  type Graph { nodes: [Node!]! edges: [Edge!]! }
  type Path { score: Float! }
  type Introductions { paths: [Path!]! }
  input From { personId: ID }
  input To { personId: ID }
  type Query {
    search(text: String!, first: Int): Page!
    neighbourhood(ids: [ID!]!, depth: Int, limit: Int): Graph!
    introductions(from: From!, to: To!): Introductions!
  }
`;

const db = await connect({
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD,
});

const resolvers = {
  Query: {
    search: async (_: unknown, args: { text: string }) => {
      const [row] = await db.read((tx) => tx.run('bench-bare-search', { text: args.text }));
      return { totalCount: Number(row?.total ?? 0) };
    },
    neighbourhood: async (_: unknown, args: { ids: string[]; limit?: number }) => {
      const [row] = await db.read((tx) =>
        tx.run('bench-bare-neighbourhood', { key: args.ids[0], limit: (args.limit ?? 200) - 1 }),
      );
      return {
        nodes: ((row?.nodes ?? []) as string[]).map((key) => ({ key })),
        edges: ((row?.edges ?? []) as string[]).map((key) => ({ key })),
      };
    },
    introductions: async (_: unknown, args: { from: { personId: string }; to: { personId: string } }) => {
      const rows = await db.read((tx) => tx.run('bench-bare-paths', { a: args.from.personId, b: args.to.personId }));
      return { paths: rows.map((r) => ({ score: Number(r.score) })) };
    },
  },
};

const apollo = new ApolloServer({ typeDefs, resolvers });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  void apollo.stop().then(() => db.close());
});
