/**
 * `npm start`: the explorer and API at http://localhost:4000, on NEO4J_URI when set and on the
 * local Neo4j otherwise. Ctrl-C / SIGTERM shuts everything down in order.
 */
// First: libraries read NODE_ENV as they load.
import './production-mode.ts';
import { startServer } from './boot.ts';
import { runCli } from './cli/run-cli.ts';
import { loadConfig } from './config.ts';

await runCli(async () => {
  const config = loadConfig();
  // Start-up progress is for the person at the terminal: plain lines, not JSON.
  const say = (line: string) => console.log(`tsunagari: ${line}`);
  const running = await startServer(config, say);
  say(`ready — explorer at ${running.url}/ , GraphQL API at ${running.url}/graphql (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('shutting down…');
  await running.stop();
  say('stopped.');
});
