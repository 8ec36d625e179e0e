/**
 * Imported first by server/main.ts, before any library: `npm start` runs in production mode unless
 * development mode is asked for (TSUNAGARI_DEV, `npm run dev`) or NODE_ENV is set. Libraries read
 * NODE_ENV once, as they load: graphql-js, for one, then checks types with a plain `instanceof`
 * instead of its development check on every field it resolves (3.6 % of the API's CPU under the
 * mixed load, docs/benchmarks.md). What the API itself serves (introspection, the Sandbox page,
 * stack traces) is set explicitly and does not depend on it.
 */
const dev = ['true', '1'].includes(process.env.TSUNAGARI_DEV ?? '');
process.env.NODE_ENV ??= dev ? 'development' : 'production';

export {};
