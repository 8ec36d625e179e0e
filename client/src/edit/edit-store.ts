/**
 * Which edit dialog is open. A tiny store rather than props, so that the details panel and the
 * header can open a dialog with one call and no wiring through the explorer shell; the one
 * EditHost mounted in App shows it.
 */
import { useSyncExternalStore } from 'react';
import type { NodeKind } from '../gql/graphql.ts';

export type EditTab = 'details' | 'connections';

export type EditRequest =
  | { type: 'create'; kind: NodeKind }
  | { type: 'edit'; kind: NodeKind; id: string; tab: EditTab; notice?: 'created' }
  | { type: 'delete'; kind: NodeKind; id: string };

let current: EditRequest | null = null;
const listeners = new Set<() => void>();

export function openEditor(request: EditRequest | null): void {
  current = request;
  for (const listener of listeners) listener();
}

export const closeEditor = (): void => openEditor(null);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useEditRequest(): EditRequest | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
