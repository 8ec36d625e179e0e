/**
 * "Show more" for the details panel's lists. The next page of one list comes from the kind's
 * More query (fetchMore) and is appended to the cached answer, so the panel, and anything else
 * reading the same query, sees the longer list; reopening the node starts from the first page.
 */
import type { DocumentNode } from 'graphql';
import { useState } from 'react';

export interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly unknown[];
}

type Root = Record<string, Page | unknown> | null | undefined;

/** `prev` with the nodes of `next`'s page of `list` appended under `root`. */
export function appendPage<T>(prev: T, next: unknown, root: string, list: string): T {
  const before = (prev as Record<string, Root>)[root];
  const page = (next as Record<string, Root> | undefined)?.[root]?.[list] as Page | undefined;
  const current = before?.[list] as Page | undefined;
  if (!before || !current || !page) return prev;
  const merged: Page = { ...page, nodes: [...current.nodes, ...page.nodes] };
  return { ...prev, [root]: { ...before, [list]: merged } };
}

// Apollo's fetchMore is generic over the second query; this is the part used here.
type FetchMore = (options: {
  query: DocumentNode;
  variables: Record<string, unknown>;
  updateQuery(prev: unknown, options: { fetchMoreResult: unknown }): unknown;
}) => Promise<unknown>;

export interface ShowMore {
  /** The list being loaded, if any. */
  busy: string | null;
  /** The list whose last load failed, if any. */
  failed: string | null;
  load(list: string, page: Page): void;
}

export function useShowMore(
  fetchMore: unknown,
  query: DocumentNode,
  root: string,
  id: string,
  lists: readonly string[],
): ShowMore {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const load = (list: string, page: Page) => {
    const after = page.pageInfo.endCursor;
    if (!after || busy) return;
    setBusy(list);
    setFailed(null);
    const flags = Object.fromEntries(lists.map((l) => [l, l === list]));
    (fetchMore as FetchMore)({
      query,
      variables: { id, after, ...flags },
      updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, root, list),
    })
      .catch(() => setFailed(list))
      .finally(() => setBusy(null));
  };
  return { busy, failed, load };
}
