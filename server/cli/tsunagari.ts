/**
 * `tsunagari` (npm run cli --): import a bundle, a preset's export or a mapped spreadsheet, and
 * export everything or one organisation's part. Bad flags print one line and exit 1; an import
 * with errors prints its report and exits 1 without writing anything.
 */
import fs from 'node:fs';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { openDatabase } from '../boot.ts';
import { loadConfig } from '../config.ts';
import { applySchema } from '../db/schema.ts';
import type { Db } from '../db/driver.ts';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../features/data/export/index.ts';
import { PRESET_NAMES, importBundle, type ImportOptions, type PresetName } from '../features/data/import/index.ts';
import { describeInterrupted, interruptedImports } from '../features/data/import/runs.ts';
import { AppError } from '../errors.ts';
import { runCli } from './run-cli.ts';
import { fromInvocation, readInputFiles, readMappingFile } from './import-files.ts';
import { printReport, type Lang } from './import-report.ts';
import { askOnTerminal, decided, decisionsPath, readDecisions, writeDecisions } from './match-decisions.ts';
import type { MatchMode } from '../features/data/match/resolve.ts';
import { findDuplicates } from '../features/data/duplicates/report.ts';
import { reasonWords } from '../features/data/match/reasons.ts';

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const { db, local } = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    await db.close();
    await local?.stop();
  }
}

function progressBar(): { progress: NonNullable<ImportOptions['progress']>; stop(): void } {
  if (!process.stderr.isTTY) {
    let last = '';
    return {
      progress: (step, done, total) => {
        const line = `${step} ${Math.floor((done / total) * 10) * 10}%`;
        if (line !== last) console.error(`  writing ${(last = line)}`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'writing [{bar}] {percentage}% {value}/{total} {step}', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    progress: (step, done, total) => {
      if (!started) bar.start(total, 0, { step });
      started = true;
      bar.update(done, { step });
    },
    stop: () => started && bar.stop(),
  };
}

interface ImportFlags {
  dryRun?: boolean;
  skipInvalid?: boolean;
  preset?: PresetName;
  mapping?: string;
  me?: string;
  lang: Lang;
  json?: boolean;
  match: MatchMode;
  decisions?: string;
}

/** Rounds of asking: a confirmed organisation can make a person's match possible. */
const ASK_ROUNDS = 5;

async function runImport(target: string, flags: ImportFlags): Promise<void> {
  if (flags.preset && flags.mapping)
    throw new AppError('BAD_USER_INPUT', '--preset and --mapping cannot be used together');
  const files = readInputFiles(target);
  const mapping = flags.mapping ? readMappingFile(flags.mapping) : undefined;
  const where = decisionsPath(target, flags.decisions);
  const earlier = flags.match === 'off' ? [] : readDecisions(where);
  if (earlier.length > 0 && !flags.json) console.error(`using the match decisions in ${where}`);
  const interactive = flags.match === 'ask' && !flags.json && process.stdin.isTTY === true;
  const bar = progressBar();
  const { report, interrupted, waiting } = await withDb(async (db) => {
    const options: ImportOptions = {
      skipInvalid: flags.skipInvalid,
      preset: flags.preset,
      mapping,
      params: { me: flags.me },
      match: flags.match,
      decisions: decided(earlier),
    };
    const answered = [...earlier];
    // Ask mode: look first, settle what waits (on the terminal, or in the decisions file), then import.
    for (let round = 0; flags.match === 'ask' && round < ASK_ROUNDS; round++) {
      const preview = await importBundle(db, files, { ...options, dryRun: true });
      const open = preview.matches.filter((m) => m.status === 'undecided');
      if (open.length === 0) break;
      const answers = interactive ? await askOnTerminal(open, flags.lang) : null;
      if (!answers) {
        writeDecisions(where, preview.matches, answered);
        return { report: preview, interrupted: [], waiting: open.length };
      }
      options.decisions = [...options.decisions!, ...answers];
      answered.push(...answers.map((a) => ({ ...a })));
    }
    const report = await importBundle(db, files, { ...options, dryRun: flags.dryRun, progress: bar.progress });
    if (report.matches.some((m) => m.status !== 'sure')) writeDecisions(where, report.matches, answered);
    return { report, interrupted: await interruptedImports(db), waiting: 0 };
  }).finally(() => bar.stop());
  if (flags.json) console.log(JSON.stringify({ ...report, interruptedImports: interrupted }, null, 2));
  else printReport(report, flags.lang);
  if (waiting > 0)
    console.error(
      flags.lang === 'ja'
        ? `一致の可能性がある ${waiting} 件を ${where} で決めて（"same": true は同じ、false は別）、同じコマンドをもう一度実行してください。`
        : `decide the ${waiting} possible match(es) in ${where} ("same": true or false) and run the same command again`,
    );
  if (report.finishedInterrupted > 0)
    console.error(
      flags.lang === 'ja'
        ? `途中で止まっていた同じインポート ${report.finishedInterrupted} 件もこれで完了しました。`
        : `this also finished ${report.finishedInterrupted} earlier run(s) of the same import that had stopped`,
    );
  // An import that stopped half-way is never reported as done: every run prints what is still open.
  for (const run of interrupted) console.error(`warning: ${describeInterrupted(run, flags.lang)}`);
  if (!report.ok) process.exitCode = 1;
}

interface ExportFlags {
  format: ExportFormat;
  organisation?: string;
  out?: string;
  public?: boolean;
}

async function runExport(flags: ExportFlags): Promise<void> {
  const file = await withDb((db) =>
    exportFile(db, flags.format, {
      organisationId: flags.organisation,
      visibility: flags.public ? 'public' : 'full',
    }),
  );
  // In the folder the command was run in (npm run starts in the package's own folder).
  const out = fromInvocation(flags.out ?? file.name);
  fs.writeFileSync(out, file.bytes);
  console.error(`wrote ${out} (${file.bytes.length.toLocaleString('en')} bytes)`);
}

const KIND_FLAGS = { people: 'Person', organisations: 'Organisation', skills: 'Skill' } as const;

interface DuplicatesFlags {
  kind: keyof typeof KIND_FLAGS;
  first: string;
  lang: Lang;
  json?: boolean;
}

async function runDuplicates(flags: DuplicatesFlags): Promise<void> {
  const first = Number(flags.first);
  if (!Number.isInteger(first) || first < 1 || first > 10_000)
    throw new AppError('BAD_USER_INPUT', `--first: a whole number from 1 to 10000, not "${flags.first}"`);
  const pairs = await withDb((db) => findDuplicates(db, KIND_FLAGS[flags.kind], first));
  if (flags.json) {
    console.log(JSON.stringify(pairs, null, 2));
    return;
  }
  const ja = flags.lang === 'ja';
  for (const p of pairs) {
    const score = Math.round(p.score * 100);
    console.log(
      ja
        ? `「${p.name}」(${p.id}) と「${p.otherName}」(${p.otherId}) ${score}%（${reasonWords(p.reasons, 'ja')}）`
        : `"${p.name}" (${p.id}) and "${p.otherName}" (${p.otherId}) ${score}% (${reasonWords(p.reasons, 'en')})`,
    );
  }
  console.error(
    ja
      ? `重複の可能性 ${pairs.length} 組。統合は画面の「重複」ページで（管理者）。`
      : `${pairs.length} possible duplicate pair(s); merge them on the Duplicates page (administrators).`,
  );
}

const defaultLang: Lang = (process.env.LANG ?? '').startsWith('ja') ? 'ja' : 'en';

export function buildProgram(): Command {
  const program = new Command('tsunagari')
    .description('Import and export Tsunagari data')
    .showHelpAfterError(false)
    .configureOutput({ outputError: (text, write) => write(`tsunagari: ${text.replace(/^error: /, '').trim()}\n`) });
  program
    .command('import')
    .description('import a folder, .zip, .json or .xlsx bundle (or a preset export)')
    .argument('<path>', 'folder, .zip, .json, .xlsx or .csv file')
    .option('--dry-run', 'validate and report; write nothing')
    .option('--skip-invalid', 'import the valid rows and list the skipped ones')
    .addOption(new Option('--preset <name>', 'read an export of another tool').choices(PRESET_NAMES))
    .option('--mapping <file>', 'a mapping file (JSON) for any other spreadsheet')
    .option('--me <person-id>', 'your own person id (LinkedIn connections are your ties)')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['ja', 'en']).default(defaultLang))
    .option('--json', 'print the report as JSON')
    .addOption(
      new Option(
        '--match <mode>',
        'find the records rows already are: ask about possible matches, sure ones only, or off',
      )
        .choices(['ask', 'sure', 'off'])
        .default('ask'),
    )
    .option('--decisions <file>', 'match decisions to read and write (default: <input>.decisions.json here)')
    .action((target: string, flags: ImportFlags) => runImport(target, flags));
  program
    .command('duplicates')
    .description('list stored records that look like one real thing (the import matcher)')
    .addOption(new Option('--kind <kind>', 'which records').choices(Object.keys(KIND_FLAGS)).default('people'))
    .option('--first <n>', 'at most this many pairs, most likely first', '50')
    .addOption(new Option('--lang <lang>', 'language of the list').choices(['ja', 'en']).default(defaultLang))
    .option('--json', 'print the pairs as JSON')
    .action((flags: DuplicatesFlags) => runDuplicates(flags));
  program
    .command('export')
    .description('export everything, or one organisation, as a bundle or a graph file')
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv-zip'))
    .option('--organisation <id>', "only this organisation's part of the network")
    .option('--out <file>', 'where to write (default: a dated name in this folder)')
    .option('--public', 'apply the visibility rules (no hidden people, private ties or emails)')
    .action((flags: ExportFlags) => runExport(flags));
  return program;
}

await runCli(async () => {
  await buildProgram().parseAsync(process.argv);
});
