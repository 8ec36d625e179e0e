/**
 * The files a CLI path names: a folder's files (one level of subfolders too, as unzipped exports
 * often have), or one file (.zip, .json, .xlsx, .csv).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import type { InputFile } from '../features/data/import/index.ts';

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

export function readInputFiles(target: string): InputFile[] {
  if (!fs.existsSync(target)) throw new AppError('BAD_USER_INPUT', `${target}: no such file or folder`);
  const stat = fs.statSync(target);
  const files = stat.isDirectory() ? filesIn(target, 1) : [target];
  const base = stat.isDirectory() ? target : path.dirname(target);
  return files.map((file) => ({ name: path.relative(base, file), bytes: new Uint8Array(fs.readFileSync(file)) }));
}

export function readMappingFile(file: string): { file: string; value: unknown } {
  if (!fs.existsSync(file)) throw new AppError('BAD_USER_INPUT', `--mapping ${file}: no such file`);
  try {
    return { file: path.basename(file), value: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
  } catch {
    throw new AppError('BAD_USER_INPUT', `--mapping ${file}: not valid JSON`);
  }
}
