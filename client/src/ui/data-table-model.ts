/**
 * What the shared table (DataTable.tsx) asks of TanStack Table, without React: the features it
 * registers (sorting, paging) and how a column's sort value becomes a TanStack column. Kept apart
 * so unit tests sort and page through the very same definitions the component uses.
 */
import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import type { Language } from '../i18n/languages.ts';

export type SortValue = string | number | null | undefined;

export interface SortSpec<T extends RowData> {
  id: string;
  /** The value the column sorts by; a column without one cannot be sorted. */
  sortBy?: (row: T) => SortValue;
  /** Counts and scores read best from the largest: the first click sorts them descending. */
  descFirst?: boolean;
}

/** Module-level and stable: a new features object on every render would rebuild the table. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
export type DataTableFeatures = typeof dataTableFeatures;

/** One column at a time: Shift+click sorting by two columns is a spreadsheet habit nobody here asked for. */
export const SORTING_OPTIONS = { enableMultiSort: false } as const;
export type DataTableColumnDef<T extends RowData> = ColumnDef<DataTableFeatures, T, unknown>;

/**
 * Names sort by the reader's language (`Intl.Collator('ja')` puts kana in gojūon order, and
 * numeric collation puts "第2" before "第10"); numbers by value. A missing value sorts last in
 * both directions, so "none" never tops a descending list of counts.
 */
export function compareSortValues(language: Language): (a: SortValue, b: SortValue) => number {
  const collator = new Intl.Collator(language, { numeric: true });
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return collator.compare(String(a), String(b));
  };
}

export function toColumnDefs<T extends RowData>(
  columns: readonly SortSpec<T>[],
  language: Language,
): DataTableColumnDef<T>[] {
  const compare = compareSortValues(language);
  return columns.map((column) => ({
    id: column.id,
    // TanStack's sortUndefined only knows `undefined`; GraphQL answers say `null`.
    accessorFn: (row: T) => column.sortBy?.(row) ?? undefined,
    enableSorting: !!column.sortBy,
    sortDescFirst: column.descFirst ?? false,
    sortUndefined: 'last' as const,
    sortFn: (a, b, id) => compare(a.getValue<SortValue>(id), b.getValue<SortValue>(id)),
  }));
}

export function initialSorting(sort: { id: string; desc: boolean } | null | undefined): SortingState {
  return sort ? [{ id: sort.id, desc: sort.desc }] : [];
}

/** The aria-sort a header announces: only sortable columns say anything. */
export function ariaSort(
  canSort: boolean,
  sorted: false | 'asc' | 'desc',
): 'ascending' | 'descending' | 'none' | undefined {
  if (!canSort) return undefined;
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}
