/**
 * The files a CLI path names: a folder's files (one level of subfolders too, as unzipped exports
 * often have), or one file (.zip, .json, .xlsx, .csv).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import type { InputFile } from '../features/data/import/index.ts';

/**
 * A path given on the command line, as the person typed it: relative to the folder they ran the
 * command in. `npm run` starts scripts in the package's folder and keeps the caller's in INIT_CWD.
 */
export function fromInvocation(given: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
}

function filesIn(dir: string, depth: number): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return depth > 0 ? filesIn(full, depth - 1) : [];
      return e.isFile() ? [full] : [];
    })
    .sort();
}

export function readInputFiles(given: string): InputFile[] {
  const target = fromInvocation(given);
  if (!fs.existsSync(target)) throw new AppError('BAD_USER_INPUT', `${given}: no such file or folder`);
  const stat = fs.statSync(target);
  const files = stat.isDirectory() ? filesIn(target, 1) : [target];
  const base = stat.isDirectory() ? target : path.dirname(target);
  return files.map((file) => ({ name: path.relative(base, file), bytes: new Uint8Array(fs.readFileSync(file)) }));
}

export function readMappingFile(given: string): { file: string; value: unknown } {
  const file = fromInvocation(given);
  if (!fs.existsSync(file)) throw new AppError('BAD_USER_INPUT', `--mapping ${given}: no such file`);
  try {
    return { file: path.basename(file), value: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
  } catch {
    throw new AppError('BAD_USER_INPUT', `--mapping ${given}: not valid JSON`);
  }
}
