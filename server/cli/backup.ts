/**
 * `npm run backup [-- --to DIR]` and `npm run restore -- FILE --yes`: offline backups of the local
 * Neo4j with neo4j-admin's `database dump` and `database load` (Community has no online backup).
 * Tsunagari must be stopped first; both say so in one line when it is not. For your own Neo4j
 * (NEO4J_URI), use its own tools, or the online logical export (`npm run cli -- export`).
 * docs/operations.md describes the schedule and the restore drill.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig, repoRoot, type Config } from '../config.ts';
import { runNeo4jAdmin } from '../db/local-neo4j.ts';
import { AppError } from '../errors.ts';
import { runCli } from './run-cli.ts';
import { fromInvocation } from './import-files.ts';

/** Neo4j Community's one user database. */
const DATABASE = 'neo4j';

function localOnly(config: Config): void {
  if (config.NEO4J_URI)
    throw new AppError(
      'BAD_USER_INPUT',
      'NEO4J_URI is set: back up that server with its own tools (neo4j-admin, Aura snapshots), or use `npm run cli -- export --format json`',
    );
}

const adminOptions = (config: Config) => ({
  home: config.TSUNAGARI_DATA_DIR,
  boltPort: config.NEO4J_BOLT_PORT,
  onProgress: (line: string) => console.error(line),
});

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

async function backup(to: string): Promise<void> {
  const config = loadConfig();
  localOnly(config);
  fs.mkdirSync(to, { recursive: true });
  // neo4j-admin names its file after the database: dump into a folder of its own, then name it.
  const work = fs.mkdtempSync(path.join(to, '.dump-'));
  try {
    await runNeo4jAdmin(adminOptions(config), ['database', 'dump', DATABASE, `--to-path=${work}`]);
    const file = path.join(to, `tsunagari-${stamp()}.dump`);
    fs.renameSync(path.join(work, `${DATABASE}.dump`), file);
    console.log(`wrote ${file} (${fs.statSync(file).size.toLocaleString('en')} bytes)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function restore(file: string, yes: boolean): Promise<void> {
  const config = loadConfig();
  localOnly(config);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new AppError('BAD_USER_INPUT', `${file}: no such file`);
  if (!yes)
    throw new AppError(
      'BAD_USER_INPUT',
      `restoring replaces everything in the local database (${config.TSUNAGARI_DATA_DIR}) with ${file}: add --yes to go ahead`,
    );
  const work = fs.mkdtempSync(path.join(path.dirname(path.resolve(file)), '.load-'));
  try {
    fs.copyFileSync(file, path.join(work, `${DATABASE}.dump`));
    await runNeo4jAdmin(adminOptions(config), [
      'database',
      'load',
      DATABASE,
      `--from-path=${work}`,
      '--overwrite-destination=true',
    ]);
    console.log(`restored ${file} into ${config.TSUNAGARI_DATA_DIR}; start Tsunagari again (npm start)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function buildBackupProgram(): Command {
  const program = new Command('tsunagari')
    .showHelpAfterError(false)
    .configureOutput({ outputError: (text, write) => write(`tsunagari: ${text.replace(/^error: /, '').trim()}\n`) });
  program
    .command('backup')
    .description('dump the stopped local Neo4j into a file')
    .option('--to <dir>', 'where the dump goes', path.join(repoRoot, 'backups'))
    .action((flags: { to: string }) => backup(fromInvocation(flags.to)));
  program
    .command('restore')
    .description('replace the stopped local Neo4j with a dump')
    .argument('<file>', 'a dump written by npm run backup')
    .option('--yes', 'confirm that everything in the local database is replaced')
    .action((file: string, flags: { yes?: boolean }) => restore(fromInvocation(file), flags.yes === true));
  return program;
}

await runCli(async () => {
  await buildBackupProgram().parseAsync(process.argv);
});
