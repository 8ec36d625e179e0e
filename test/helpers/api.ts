/**
 * The GraphQL API over real HTTP (port 0) on the test database, as a client sees it.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../../server/db/driver.ts';
import { createApp } from '../../server/http/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

export interface Api {
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  post(body: string, contentType?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startApi(db: Db): Promise<Api> {
  const { app, stop } = await createApp(db);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = (body: string, contentType = 'application/json') =>
    fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return {
    url,
    post,
    async gql(query, variables) {
      const response = await post(JSON.stringify({ query, variables }));
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
    },
  };
}
