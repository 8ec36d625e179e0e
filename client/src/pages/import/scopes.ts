/**
 * Whom an import or export is for: an organisation the account owns, or (administrators only) the
 * whole network. The server checks the same rule (server/api/access.ts); the page only offers what
 * will be allowed.
 */
import type { Account } from '../../account/account.ts';

export interface DataScope {
  /** The organisation's id; '' for the whole network. */
  id: string;
  name: string | null;
}

export function dataScopes(account: Account | null): DataScope[] {
  if (!account) return [];
  const owned = account.roles
    .filter((r) => r.role === 'OWNER')
    .map((r) => ({ id: r.organisation.id, name: r.organisation.name }))
    .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'ja'));
  return account.administrator ? [{ id: '', name: null }, ...owned] : owned;
}
