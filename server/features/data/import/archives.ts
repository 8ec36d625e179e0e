/**
 * Opening .zip archives (and .xlsx workbooks, which are zips) without trusting them: the archive
 * is inflated in small steps, counting what comes out, and abandoned the moment it passes its
 * allowance — before the bytes exist, not after. The sizes an archive declares are never used.
 *
 * The allowance is the smaller of 20× the archive's own size plus 8 MiB (real CSV and workbooks
 * compress 3–10×; a zip bomb compresses 1000×) and MAX_UNPACKED_BYTES in all.
 */
import { Unzip, UnzipInflate } from 'fflate';

export const MAX_UNPACKED_BYTES = 512 * 1024 ** 2;
export const MAX_RATIO = 20;
const SLACK = 8 * 1024 ** 2;
/** Compressed bytes handed to the inflater per step: at most ~1000× this comes out of one step. */
const STEP = 16 * 1024;

export class ArchiveRefused extends Error {
  constructor(
    readonly reason: 'too-large' | 'unreadable',
    message: string,
    /** For 'too-large': the limits, so the report can word them in each language. */
    readonly limit?: { megabytes: number; ratio: number },
  ) {
    super(message);
  }
}

export function allowanceFor(archiveBytes: number): number {
  return Math.min(MAX_UNPACKED_BYTES, archiveBytes * MAX_RATIO + SLACK);
}

/**
 * Inflates the entries `keep` accepts (all are counted against the allowance; skipped entries are
 * not inflated at all). Throws ArchiveRefused when the archive is not a zip or unpacks to more
 * than `allowance` bytes. With `collect` false nothing is kept: a measurement only.
 */
export function inflateArchive(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  options: { allowance?: number; collect?: boolean } = {},
): { name: string; bytes: Uint8Array }[] {
  const allowance = options.allowance ?? allowanceFor(bytes.length);
  const collect = options.collect ?? true;
  const out: { name: string; bytes: Uint8Array }[] = [];
  let total = 0;
  let failure: ArchiveRefused | null = null;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries++;
    if (failure) return;
    const wanted = keep(file.name);
    // Entries nobody reads are not started: their bytes are skipped without inflating.
    if (!wanted && collect) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = new ArchiveRefused('unreadable', error.message);
        return;
      }
      total += data.length;
      if (total > allowance) {
        const limit = { megabytes: Math.floor(allowance / 1024 ** 2), ratio: MAX_RATIO };
        failure = new ArchiveRefused(
          'too-large',
          `unpacks to more than ${limit.megabytes} MB (at most ${limit.ratio}× its own size)`,
          limit,
        );
        file.terminate();
        return;
      }
      if (collect) chunks.push(data);
      if (final && collect) out.push({ name: file.name, bytes: concat(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new ArchiveRefused('unreadable', 'not a zip archive');
    for (let at = 0; at < bytes.length && !failure; at += STEP)
      unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (error) {
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused('unreadable', error instanceof Error ? error.message : String(error));
  }
  if (failure) throw failure as ArchiveRefused;
  if (entries === 0) throw new ArchiveRefused('unreadable', 'no entries');
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  const joined = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
