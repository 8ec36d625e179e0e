/**
 * Uploads for the import page, which speaks GraphQL only. Files arrive as base64 chunks of at most
 * 512 KiB (so every request stays under the API's 1 MB body limit), are appended to files on disk
 * (TSUNAGARI_UPLOAD_DIR; shared disk lets several API instances serve one upload), kept for 30
 * minutes, and are then validated (dry run) or imported by id. Decision 0005 explains the choice.
 * An upload belongs to the account that started it and to the organisation it imports for (none:
 * the whole network, for administrators): asked by any other account, or for another organisation,
 * its id answers exactly as an id that never existed. Its files are removed once imported, and with it when it expires.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../../db/driver.ts';
import { AppError, badInput } from '../../../errors.ts';
import { importBundle, type ImportOptions, type ImportReport } from './index.ts';

export const CHUNK_LIMIT = 512 * 1024;
export const UPLOAD_LIMIT = 50 * 1024 * 1024;
/** Uploads in progress at once, in all and per account. */
const MAX_UPLOADS = 10;
const MAX_UPLOADS_PER_ACCOUNT = 3;
const TTL_MS = 30 * 60 * 1000;
/** Progress is written to disk at most this often (another instance may be polling it). */
const PROGRESS_EVERY_MS = 250;

export type UploadState = 'uploaded' | 'running' | 'done' | 'failed';

/** What `meta.json` holds; the files are `0`, `1`, … beside it, in the order of `files`. */
interface Upload {
  id: string;
  /** The account that started it. */
  account: string;
  /** The organisation it imports for (an owner's import), or null for the whole network. */
  organisation: string | null;
  files: string[];
  bytes: number;
  touched: number;
  state: UploadState;
  /** A real import ran and its files are gone; a dry run leaves them for the import that follows. */
  imported: boolean;
  progress: { step: string | null; done: number; total: number };
}

// By default a folder of this process's own in the system temp folder: another server or test run
// on the same machine must not share (and count against) its uploads unless told to.
let root = path.join(os.tmpdir(), `tsunagari-uploads-${process.pid}`);

/** Where uploads are kept (TSUNAGARI_UPLOAD_DIR); created when first needed. */
export function setUploadDirectory(dir: string): void {
  root = dir;
}

export const uploadDirectory = (): string => root;

const folderOf = (id: string) => path.join(root, id);
const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

function read(id: string): Upload | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(folderOf(id), 'meta.json'), 'utf8')) as Upload;
  } catch {
    return undefined;
  }
}

/** Writes meta.json whole (write then rename), so a reader never sees half of it. */
function save(upload: Upload): void {
  const file = path.join(folderOf(upload.id), 'meta.json');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(upload));
  fs.renameSync(`${file}.tmp`, file);
}

function all(): Upload[] {
  let ids: string[];
  try {
    ids = fs.readdirSync(root);
  } catch {
    return [];
  }
  return ids.flatMap((id) => read(id) ?? []);
}

/**
 * Removes expired uploads. A running one is expired only when its progress has not moved for the
 * whole time (its process died); its meta then says failed until it goes.
 */
function sweep(now = Date.now()): Upload[] {
  return all().filter((u) => {
    if (now - u.touched <= TTL_MS) return true;
    fs.rmSync(folderOf(u.id), { recursive: true, force: true });
    return false;
  });
}

/** Who asks about an upload: the account, and the organisation it imports for (or null). */
export interface Uploader {
  account: string;
  organisation: string | null;
}

/** The account's own upload for this organisation; any other answers as an unknown id. */
function own(id: string, by: Uploader): Upload | undefined {
  const upload = read(id);
  return upload?.account === by.account && (upload.organisation ?? null) === by.organisation ? upload : undefined;
}

function find(id: string, by: Uploader, field = 'uploadId'): Upload {
  sweep();
  const upload = own(id, by);
  if (!upload) throw new AppError('NOT_FOUND', `${field}: no upload "${id}" (uploads are kept for 30 minutes)`, field);
  return upload;
}

/** Adds one chunk to a file of an upload (a new upload when no id is given). */
export function addChunk(uploadId: string | null | undefined, fileName: string, base64: string, by: Uploader) {
  const { account } = by;
  const name = fileName.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (!/^[^\\/:*?"<>|\u0000-\u001f]{1,200}$/.test(name)) throw badInput('fileName', 'must be a plain file name');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw badInput('base64', 'must be base64 text');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > CHUNK_LIMIT) throw badInput('base64', `a chunk may hold at most ${CHUNK_LIMIT} bytes`);
  let upload: Upload;
  if (uploadId) upload = find(uploadId, by);
  else {
    let open = sweep().filter((u) => !u.imported);
    // An account's older idle uploads make way for its new one (a corrected file after a dry run).
    const mine = open.filter((u) => u.account === account).sort((x, y) => x.touched - y.touched);
    for (const old of mine.filter((u) => u.state !== 'running')) {
      if (mine.length < MAX_UPLOADS_PER_ACCOUNT) break;
      fs.rmSync(folderOf(old.id), { recursive: true, force: true });
      mine.splice(mine.indexOf(old), 1);
      open = open.filter((u) => u !== old);
    }
    if (mine.length >= MAX_UPLOADS_PER_ACCOUNT)
      throw new AppError(
        'CONFLICT',
        `this account is already importing ${MAX_UPLOADS_PER_ACCOUNT} uploads; wait for one to finish`,
      );
    if (open.length >= MAX_UPLOADS)
      throw new AppError('UNAVAILABLE', 'too many uploads in progress; try again shortly');
    upload = {
      id: randomBytes(12).toString('base64url'),
      account,
      organisation: by.organisation,
      files: [],
      bytes: 0,
      touched: 0,
      state: 'uploaded',
      imported: false,
      progress: { step: null, done: 0, total: 0 },
    };
    fs.mkdirSync(folderOf(upload.id), { recursive: true });
  }
  if (upload.state === 'running') throw new AppError('CONFLICT', 'uploadId: this upload is being imported', 'uploadId');
  if (upload.imported)
    throw new AppError('CONFLICT', 'uploadId: this upload was imported; start a new one', 'uploadId');
  if (upload.bytes + bytes.length > UPLOAD_LIMIT)
    throw badInput('base64', `an upload may hold at most ${UPLOAD_LIMIT / 1024 / 1024} MB`);
  let index = upload.files.indexOf(name);
  if (index < 0) index = upload.files.push(name) - 1;
  fs.appendFileSync(path.join(folderOf(upload.id), String(index)), bytes);
  upload.bytes += bytes.length;
  upload.touched = Date.now();
  save(upload);
  return { id: upload.id, fileName: name, bytes: upload.bytes, files: upload.files.length };
}

export function uploadProgress(id: string, by: Uploader) {
  sweep();
  const upload = own(id, by);
  return upload ? { uploadId: id, state: upload.state, ...upload.progress } : null;
}

/**
 * Removes every upload an account made that is not being imported at this moment (its erasure:
 * the files may hold the person's own lists). Answers how many went.
 */
export function discardUploadsOf(account: string): number {
  let removed = 0;
  for (const upload of all()) {
    if (upload.account !== account || upload.state === 'running') continue;
    fs.rmSync(folderOf(upload.id), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

export function discardUpload(id: string, by: Uploader): boolean {
  const upload = own(id, by);
  if (!upload) return false;
  if (upload.state === 'running') throw new AppError('CONFLICT', 'uploadId: this upload is being imported', 'uploadId');
  fs.rmSync(folderOf(id), { recursive: true, force: true });
  return true;
}

/**
 * Validates (dry run) or imports an upload; one run at a time per upload. The files are read from
 * disk for the run; after a real import they are removed (the state stays for polling).
 */
export async function runUpload(
  db: Db,
  id: string,
  by: Uploader & { personId: string | null },
  options: Omit<ImportOptions, 'progress' | 'organisation'>,
): Promise<ImportReport> {
  const upload = find(id, by);
  if (upload.state === 'running') throw new AppError('CONFLICT', 'uploadId: this upload is being imported', 'uploadId');
  if (upload.imported)
    throw new AppError('CONFLICT', 'uploadId: this upload was imported; start a new one', 'uploadId');
  upload.state = 'running';
  upload.progress = { step: null, done: 0, total: 0 };
  upload.touched = Date.now();
  save(upload);
  const files = upload.files.map((name, i) => ({
    name,
    bytes: new Uint8Array(fs.readFileSync(path.join(folderOf(id), String(i)))),
  }));
  let written = 0;
  try {
    const report = await importBundle(db, files, {
      ...options,
      organisation: by.organisation === null ? undefined : { id: by.organisation, personId: by.personId },
      progress: (step, done, total) => {
        upload.progress = { step, done, total };
        upload.touched = Date.now();
        if (upload.touched - written >= PROGRESS_EVERY_MS || done === total) {
          written = upload.touched;
          save(upload);
        }
      },
    });
    upload.state = 'done';
    upload.imported = !options.dryRun;
    if (!options.dryRun)
      for (const i of upload.files.keys()) fs.rmSync(path.join(folderOf(id), String(i)), { force: true });
    return report;
  } catch (error) {
    upload.state = 'failed';
    throw error;
  } finally {
    upload.touched = Date.now();
    save(upload);
  }
}
