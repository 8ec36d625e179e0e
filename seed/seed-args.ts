import type { parseArgs as ParseArgs } from 'node:util';
import { StartupError } from '../server/errors.ts';

export type SeedOptions = { kind: 'demo' } | { kind: 'synthetic'; people: number; seed: number };

const wholeNumber = (value: string | undefined, flag: string, min: number, max: number, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new StartupError(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return Number(value);
};

/** Parses the seed command's flags; anything unknown or malformed is one clear line. */
export function parseSeedArgs(argv: string[], parseArgs: typeof ParseArgs): SeedOptions {
  let values: { synthetic?: boolean; people?: string; seed?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { synthetic: { type: 'boolean' }, people: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new StartupError(
      `${(error as Error).message.split('\n')[0]} (usage: npm run seed [-- --synthetic --people N --seed S])`,
    );
  }
  if (!values.synthetic) {
    if (values.people !== undefined || values.seed !== undefined)
      throw new StartupError('--people and --seed go with --synthetic');
    return { kind: 'demo' };
  }
  return {
    kind: 'synthetic',
    people: wholeNumber(values.people, '--people', 10, 1_000_000, 10_000),
    seed: wholeNumber(values.seed, '--seed', 0, 2 ** 31 - 1, 1),
  };
}
