/**
 * The audit log: every write, import, export and role change, as who (an account id, its address
 * read only when the log is shown), what (the operation and the keys of the records it named) and
 * when, with the organisations answerable for those records so that owners see their own. Never a
 * field value. Written after the operation succeeded (its own transaction: a crash between the two
 * can lose an entry, never invent one). Erasure keeps its entry without naming anyone.
 */
import type { Db } from '../db/driver.ts';
import { bookkeeping } from '../graph/changes.ts';
import { log } from '../log.ts';
import type { Viewer } from '../shared/viewer.ts';

/** Queries that are audited too (an export takes data out). */
const AUDITED_QUERIES = new Set(['exportData']);
/** Mutations that are not: an upload chunk is part of the import that `runImport` records. */
const UNAUDITED_MUTATIONS = new Set(['uploadImportChunk', 'discardImportUpload']);

export const isAudited = (type: 'Query' | 'Mutation', field: string): boolean =>
  type === 'Mutation' ? !UNAUDITED_MUTATIONS.has(field) : AUDITED_QUERIES.has(field);

const CREATED = /^(create|upsert)(Person|Organisation|Skill|Project)$/;

/** The key of a record a create made (read from the answer), when there is one. */
export function createdKey(field: string, result: unknown): string | null {
  const match = CREATED.exec(field);
  const id = (result as { id?: unknown } | null)?.id;
  return match && typeof id === 'string' ? `${match[2]}:${id}` : null;
}

export interface AuditEntry {
  action: string;
  records: readonly string[];
  organisations: readonly string[];
}

export async function recordAudit(db: Db, viewer: Viewer | null, entry: AuditEntry): Promise<void> {
  const anonymous = entry.action === 'Mutation.eraseMe';
  try {
    await bookkeeping(db, (tx) =>
      tx.run('audit-record', {
        at: Date.now(),
        accountId: anonymous ? null : (viewer?.accountId ?? null),
        action: entry.action,
        records: anonymous ? [] : [...new Set(entry.records)],
        organisations: [...new Set(entry.organisations)],
      }),
    );
  } catch (error) {
    log.error(
      { err: { name: (error as Error).name, code: (error as { code?: string }).code }, action: entry.action },
      'an audit entry could not be written',
    );
  }
}
