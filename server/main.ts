/**
 * `npm start`: the explorer and API at http://localhost:4000, on NEO4J_URI when set and on the
 * local Neo4j otherwise. Ctrl-C / SIGTERM shuts everything down in order.
 */
import { startServer } from './boot.ts';
import { runCli } from './cli/run-cli.ts';
import { loadConfig } from './config.ts';
import { log } from './log.ts';

await runCli(async () => {
  const config = loadConfig();
  const say = (line: string) => log.info(line);
  const running = await startServer(config, say);
  log.info(`Tsunagari is ready: explorer at ${running.url}/ , GraphQL API at ${running.url}/graphql`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info('shutting down…');
  await running.stop();
  log.info('stopped.');
});
