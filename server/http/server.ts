/**
 * The HTTP server the app is served by, in production and in tests alike. Idle connections are
 * kept 65 s: longer than the idle timeout of the usual load balancers and proxies (60 s), which
 * would otherwise send a request on a connection the server is closing at that moment and answer
 * 502; and far longer than clients keep an idle connection (undici: 4 s), which likewise reused a
 * connection the server had just closed (ECONNRESET) when the default was 5 s.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

const KEEP_ALIVE_MS = 65_000;

export function httpServer(app: RequestListener): Server {
  const server = createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Node's rule: the headers timeout must exceed the keep-alive timeout.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
