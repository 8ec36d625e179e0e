/**
 * Who is asking: the signed-in account, the person it is (when linked) and its roles. Every
 * permission check reads this, never a client setting. `null` in the GraphQL context means an
 * anonymous request, which sees nothing but `{ __typename }` and `me`.
 */
export type Role = 'owner' | 'editor' | 'viewer';

export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];

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
