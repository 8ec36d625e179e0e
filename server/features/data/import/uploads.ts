/**
 * Uploads for the import page, which speaks GraphQL only. Files arrive as base64 chunks of at most
 * 512 KiB (so every request stays under the API's 1 MB body limit), are held in memory for 30
 * minutes, and are then validated (dry run) or imported by id. Decision 0005 explains the choice.
 * An upload belongs to the account that started it: to any other account its id answers exactly as
 * an id that never existed.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/driver.ts';
import { AppError, badInput } from '../../../errors.ts';
import { importBundle, type ImportOptions, type ImportReport } from './index.ts';

export const CHUNK_LIMIT = 512 * 1024;
export const UPLOAD_LIMIT = 50 * 1024 * 1024;
const MAX_UPLOADS = 10;
const TTL_MS = 30 * 60 * 1000;

export type UploadState = 'uploaded' | 'running' | 'done' | 'failed';

interface Upload {
  id: string;
  /** The account that started it. */
  account: string;
  files: Map<string, Buffer[]>;
  bytes: number;
  touched: number;
  state: UploadState;
  progress: { step: string | null; done: number; total: number };
}

const uploads = new Map<string, Upload>();

function sweep(now = Date.now()): void {
  for (const [id, u] of uploads) if (now - u.touched > TTL_MS && u.state !== 'running') uploads.delete(id);
}

/** The account's own upload; another account's answers as an unknown id. */
function own(id: string, account: string): Upload | undefined {
  const upload = uploads.get(id);
  return upload?.account === account ? upload : undefined;
}

function find(id: string, account: string, field = 'uploadId'): Upload {
  sweep();
  const upload = own(id, account);
  if (!upload) throw new AppError('NOT_FOUND', `${field}: no upload "${id}" (uploads are kept for 30 minutes)`, field);
  return upload;
}

/** Adds one chunk to a file of an upload (a new upload when no id is given). */
export function addChunk(uploadId: string | null | undefined, fileName: string, base64: string, account: string) {
  const name = fileName.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (!/^[^\\/:*?"<>|\u0000-\u001f]{1,200}$/.test(name)) throw badInput('fileName', 'must be a plain file name');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw badInput('base64', 'must be base64 text');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > CHUNK_LIMIT) throw badInput('base64', `a chunk may hold at most ${CHUNK_LIMIT} bytes`);
  let upload: Upload;
  if (uploadId) upload = find(uploadId, account);
  else {
    sweep();
    if (uploads.size >= MAX_UPLOADS)
      throw new AppError('UNAVAILABLE', 'too many uploads in progress; try again shortly');
    upload = {
      id: randomBytes(12).toString('base64url'),
      account,
      files: new Map(),
      bytes: 0,
      touched: 0,
      state: 'uploaded',
      progress: { step: null, done: 0, total: 0 },
    };
    uploads.set(upload.id, upload);
  }
  if (upload.state === 'running') throw new AppError('CONFLICT', 'uploadId: this upload is being imported', 'uploadId');
  if (upload.bytes + bytes.length > UPLOAD_LIMIT)
    throw badInput('base64', `an upload may hold at most ${UPLOAD_LIMIT / 1024 / 1024} MB`);
  const chunks = upload.files.get(name) ?? [];
  chunks.push(bytes);
  upload.files.set(name, chunks);
  upload.bytes += bytes.length;
  upload.touched = Date.now();
  return { id: upload.id, fileName: name, bytes: upload.bytes, files: upload.files.size };
}

export function uploadProgress(id: string, account: string) {
  sweep();
  const upload = own(id, account);
  return upload ? { uploadId: id, state: upload.state, ...upload.progress } : null;
}

export function discardUpload(id: string, account: string): boolean {
  const upload = own(id, account);
  if (!upload) return false;
  if (upload.state === 'running') throw new AppError('CONFLICT', 'uploadId: this upload is being imported', 'uploadId');
  return uploads.delete(id);
}

/** Validates (dry run) or imports an upload; one run at a time per upload. */
export async function runUpload(
  db: Db,
  id: string,
  account: string,
  options: Omit<ImportOptions, 'progress'>,
): Promise<ImportReport> {
  const upload = find(id, account);
  if (upload.state === 'running') throw new AppError('CONFLICT', 'uploadId: this upload is being imported', 'uploadId');
  upload.state = 'running';
  upload.progress = { step: null, done: 0, total: 0 };
  const files = [...upload.files].map(([name, chunks]) => ({ name, bytes: new Uint8Array(Buffer.concat(chunks)) }));
  try {
    const report = await importBundle(db, files, {
      ...options,
      progress: (step, done, total) => (upload.progress = { step, done, total }),
    });
    upload.state = 'done';
    return report;
  } catch (error) {
    upload.state = 'failed';
    throw error;
  } finally {
    upload.touched = Date.now();
  }
}
