/**
 * "Me": the signed-in account's person (server/features/account), which lets the finder ask "how
 * could I meet this person?". Null when the account is not linked to a person.
 */
import { useAccount } from '../account/account.ts';
import type { NameFields } from '../graph/names.ts';

export interface Me extends NameFields {
  key: string;
  id: string;
}

export function useMe(): Me | null {
  return useAccount().account?.person ?? null;
}
