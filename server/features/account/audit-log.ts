/** Reading the audit log (server/api/audit.ts writes it). */
import type { Db } from '../../db/driver.ts';
import { badInput } from '../../errors.ts';
import { parseId } from '../../shared/kinds.ts';

export interface AuditEntryModel {
  at: string;
  actor: string | null;
  action: string;
  records: string[];
  organisations: string[];
}

export async function auditLog(
  db: Db,
  args: { organisationId?: unknown; first?: number | null; offset?: number | null },
): Promise<AuditEntryModel[]> {
  const organisationId =
    args.organisationId === null || args.organisationId === undefined
      ? null
      : parseId(args.organisationId, 'organisationId');
  const first = args.first ?? 50;
  const offset = args.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'must be between 1 and 200');
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset', 'must be 0 or more');
  const rows = await db.read((tx) => tx.run('audit-list', { organisationId, skip: offset, limit: first }));
  return rows.map((row) => ({
    at: new Date(Number(row.at)).toISOString(),
    actor: row.actor === null ? null : String(row.actor),
    action: String(row.action),
    records: row.records as string[],
    organisations: row.organisations as string[],
  }));
}
