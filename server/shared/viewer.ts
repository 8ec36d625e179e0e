/**
 * Who is asking: the signed-in account, the person it is (when linked) and its roles. Every
 * permission check reads this, never a client setting. `null` in the GraphQL context means an
 * anonymous request, which sees nothing but `{ __typename }` and `me`.
 */
export type Role = 'owner' | 'editor' | 'viewer';

export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];

/** Accounts as features may manage them (implemented by server/auth). */
export interface AccountDirectory {
  /** The account for an e-mail address, created (and linked to its person) when there is none. */
  ensureAccount(email: string): Promise<string>;
  /** Tells an address it was given a role, and how to sign in (not awaited: never blocks). */
  invite(email: string, language: 'ja' | 'en', organisationName: string, role: Role): void;
  /**
   * Sends a message a feature wrote (given this site's address, for its links) (not awaited;
   * failures are logged without address or content).
   */
  notify(email: string, mail: (site: string) => { subject: string; text: string }, what: string): void;
  /** Drops whatever this instance holds of an account (cached sessions, waiting uploads), after erasure. */
  forget(accountId: string): void;
}

export interface Viewer {
  accountId: string;
  email: string;
  /** The person this account is, when linked ("me"). */
  personId: string | null;
  /** Instance administrator: every organisation, import and export of the whole network. */
  administrator: boolean;
  /** Role per organisation id. */
  roles: ReadonlyMap<string, Role>;
}

/** Whether the viewer is an owner or editor of organisation `id` (who may see its hidden members). */
export const editsOrganisation = (viewer: Viewer, id: string): boolean => {
  const role = viewer.roles.get(id);
  return role === 'owner' || role === 'editor';
};
