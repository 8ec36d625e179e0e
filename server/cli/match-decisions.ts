/**
 * Matching on import at the command line (`--match ask`, the default): possible matches are asked
 * about on a terminal, or written to a decisions file to edit when the command is not run on one
 * (a script, CI). The file is read again by the next run of the same command, so an import of
 * lists that overlap is decided once and repeatable.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { MatchDecision, MatchProposal } from '../features/data/match/resolve.ts';
import { fromInvocation } from './import-files.ts';
import type { Lang } from './import-report.ts';
import { reasonWords } from '../features/data/match/reasons.ts';

export const DECISIONS_FORMAT = 'tsunagari-match-decisions';

const entry = z.object({
  kind: z.enum(['Organisation', 'Skill', 'Person']),
  importedId: z.string().min(1),
  targetId: z.string().min(1),
  same: z.boolean().nullable(),
  name: z.string().optional(),
  targetName: z.string().optional(),
  score: z.number().optional(),
  reasons: z.array(z.string()).optional(),
});
const file = z.object({ format: z.literal(DECISIONS_FORMAT), version: z.literal(1), decisions: z.array(entry) });
type Entry = z.infer<typeof entry>;

/** Where a run's decisions live: `--decisions`, or `<input>.decisions.json` beside where the command runs. */
export function decisionsPath(input: string, given: string | undefined): string {
  return fromInvocation(given ?? `${path.basename(path.resolve(input)).replace(/\.[^.]+$/, '')}.decisions.json`);
}

/** The decisions in the file (those still `null` are undecided), or none when there is no file. */
export function readDecisions(where: string): Entry[] {
  if (!fs.existsSync(where)) return [];
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(where, 'utf8'));
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `${where}: not JSON (${(error as Error).message})`);
  }
  const parsed = file.safeParse(value);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]!;
    throw new AppError(
      'BAD_USER_INPUT',
      `${where}: not a decisions file (${problem.path.join('.') || 'top level'}: ${problem.message})`,
    );
  }
  return parsed.data.decisions;
}

export const decided = (entries: Entry[]): MatchDecision[] =>
  entries.flatMap((e) => (e.same === null ? [] : [{ ...e, same: e.same }]));

/** Writes every match the user answers for (possible ones, decided or not), kept with earlier answers. */
export function writeDecisions(where: string, proposals: MatchProposal[], earlier: Entry[]): void {
  const key = (e: { kind: string; importedId: string; targetId: string }) =>
    `${e.kind}\u0000${e.importedId}\u0000${e.targetId}`;
  const answers = new Map(earlier.map((e) => [key(e), e.same]));
  const decisions = proposals
    .filter((p) => p.status !== 'sure' || answers.has(key(p)))
    .map((p) => ({
      kind: p.kind,
      importedId: p.importedId,
      name: p.name,
      targetId: p.targetId,
      targetName: p.targetName,
      score: p.score,
      reasons: p.reasons,
      same: answers.get(key(p)) ?? (p.status === 'confirmed' ? true : p.status === 'rejected' ? false : null),
    }));
  fs.writeFileSync(where, `${JSON.stringify({ format: DECISIONS_FORMAT, version: 1, decisions }, null, 2)}\n`);
}

/**
 * Asks about each undecided match on the terminal: y (same), n (different), a (all the rest
 * same), d (all the rest different), q (stop: nothing is imported). Returns the answers.
 */
export async function askOnTerminal(waiting: MatchProposal[], lang: Lang): Promise<MatchDecision[] | null> {
  const ja = lang === 'ja';
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const out: MatchDecision[] = [];
  let rest: boolean | null = null;
  try {
    for (const [i, p] of waiting.entries()) {
      let same: boolean | null = rest;
      while (same === null) {
        const where = `${p.file}${p.line === null ? '' : `:${p.line}`}`;
        const question = ja
          ? `(${i + 1}/${waiting.length}) ${where}「${p.name}」は「${p.targetName}」と同じですか？ 確からしさ ${Math.round(p.score * 100)}%（${reasonWords(p.reasons, 'ja')}）[y 同じ / n 別 / a 残りすべて同じ / d 残りすべて別 / q 中止] `
          : `(${i + 1}/${waiting.length}) ${where} "${p.name}" — the same as "${p.targetName}"? ${Math.round(p.score * 100)}% (${reasonWords(p.reasons, 'en')}) [y same / n different / a all the rest same / d all the rest different / q quit] `;
        const answer = (await rl.question(question)).trim();
        if (answer === 'q') return null;
        if (answer === 'a' || answer === 'd') rest = same = answer === 'a';
        else if (answer === 'y' || answer === 'n') same = answer === 'y';
      }
      out.push({ kind: p.kind, importedId: p.importedId, targetId: p.targetId, same });
    }
    return out;
  } finally {
    rl.close();
  }
}
