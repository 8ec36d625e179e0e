/**
 * The one table the client draws lists with (docs/decisions/0026-client-tables.md): TanStack
 * Table sorts and pages, TanStack Virtual draws only the rows in view of a long list; this file
 * owns the markup. Sortable headers are buttons inside `<th aria-sort>`, so a keyboard sorts with
 * Enter or Space and a screen reader hears the order. A row keeps its caller's class, data-*
 * attributes and row header, which the browser tests find rows by.
 */
import { useTable, type Row, type RowData, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import {
  ariaSort,
  dataTableFeatures,
  initialSorting,
  SORTING_OPTIONS,
  toColumnDefs,
  type DataTableFeatures,
  type SortSpec,
} from './data-table-model.ts';
import { formatNumber } from './format.ts';
import '../styles/tables.css';

export interface DataColumn<T extends RowData> extends SortSpec<T> {
  header: ReactNode;
  /** Beside the header, outside its sort button (a "?" explanation is a button of its own). */
  headerExtra?: ReactNode;
  cell(row: T): ReactNode;
  /** The row's name: drawn as `<th scope="row">`. */
  rowHeader?: boolean;
  className?: string;
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

export interface DataTableProps<T extends RowData> {
  rows: readonly T[];
  /** Memoise them when rows are many: new columns re-sort every row. */
  columns: readonly DataColumn<T>[];
  rowKey(row: T): string;
  language: Language;
  className: string;
  caption?: ReactNode;
  captionClassName?: string;
  testId?: string;
  rowAttributes?(row: T): RowAttributes;
  /** A row that says one thing across every column after its row header ("no loss"). */
  spanRow?(row: T): { content: ReactNode; className?: string } | null;
  /** Rows that summarise the table (`<tfoot>`): they stay last whatever the order. */
  footer?: ReactNode;
  initialSort?: { id: string; desc: boolean } | null;
  /** Rows per page; without it every row shows. */
  pageSize?: number;
  /** From `from` rows on, draw only the rows in view of the nearest scrolling box around the table. */
  virtual?: { rowHeight: number; from: number };
}

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { rows, columns, language, pageSize } = props;
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(() => initialSorting(props.initialSort));
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: pageSize ?? 0 });
  const columnDefs = useMemo(() => toColumnDefs(columns, language), [columns, language]);
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features: dataTableFeatures,
    columns: columnDefs,
    data,
    getRowId: (row: T) => props.rowKey(row),
    state: { sorting, pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    manualPagination: !pageSize,
    ...SORTING_OPTIONS,
  });
  const shown = table.getRowModel().rows;
  const virtual = props.virtual && rows.length >= props.virtual.from ? props.virtual : null;
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  return (
    <>
      <table
        className={props.className}
        data-testid={props.testId}
        aria-rowcount={virtual ? rows.length + 1 : undefined}
      >
        {props.caption && <caption className={props.captionClassName}>{props.caption}</caption>}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
              {group.headers.map((header) => {
                const column = byId.get(header.column.id)!;
                const canSort = header.column.getCanSort();
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" className={column.className} aria-sort={ariaSort(canSort, sorted)}>
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        title={t(sortTitle(header.column.getNextSortingOrder()))}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {column.header}
                        <span aria-hidden="true">{sorted === 'desc' ? ' ▼' : sorted === 'asc' ? ' ▲' : ''}</span>
                      </button>
                    ) : (
                      column.header
                    )}
                    {column.headerExtra}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {virtual ? (
          <VirtualBody table={props} rows={shown} byId={byId} virtual={virtual} />
        ) : (
          <tbody>{shown.map((row) => renderRow(props, byId, row))}</tbody>
        )}
        {props.footer && <tfoot>{props.footer}</tfoot>}
      </table>
      {pageSize && table.getPageCount() > 1 && (
        <nav className="table-pager" aria-label={t('table.pages')}>
          <button
            type="button"
            className="button"
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          >
            {t('table.previous')}
          </button>
          <span role="status">
            {t('table.range', {
              from: formatNumber(pagination.pageIndex * pageSize + 1, language),
              to: formatNumber(Math.min((pagination.pageIndex + 1) * pageSize, rows.length), language),
              total: formatNumber(rows.length, language),
            })}
          </span>
          <button type="button" className="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
            {t('table.next')}
          </button>
        </nav>
      )}
    </>
  );
}

function sortTitle(next: 'asc' | 'desc' | false): string {
  return next === 'asc' ? 'table.sortAscending' : next === 'desc' ? 'table.sortDescending' : 'table.sortNone';
}

function renderRow<T extends RowData>(
  props: DataTableProps<T>,
  byId: Map<string, DataColumn<T>>,
  row: Row<DataTableFeatures, T>,
  extra?: HTMLAttributes<HTMLTableRowElement> & {
    ref?: (el: HTMLTableRowElement | null) => void;
    'data-index'?: number;
  },
) {
  const value = row.original;
  const span = props.spanRow?.(value) ?? null;
  const cells = row.getAllCells();
  const cellOf = (id: string) => {
    const column = byId.get(id)!;
    const Cell = column.rowHeader ? 'th' : 'td';
    return (
      <Cell key={id} scope={column.rowHeader ? 'row' : undefined} className={column.className}>
        {column.cell(value)}
      </Cell>
    );
  };
  return (
    <tr key={row.id} {...props.rowAttributes?.(value)} {...extra}>
      {span ? (
        <>
          {cellOf(cells[0]!.column.id)}
          <td colSpan={cells.length - 1} className={span.className}>
            {span.content}
          </td>
        </>
      ) : (
        cells.map((cell) => cellOf(cell.column.id))
      )}
    </tr>
  );
}

/**
 * Rows in view plus a few either side, between two spacer rows that keep the scroll height; the
 * table keeps its own layout (no CSS grid), so columns still size to their content. The table may
 * sit below other content in the scrolling box: its distance from the box's top is the
 * virtualiser's scroll margin, measured after every render.
 */
function VirtualBody<T extends RowData>({
  table,
  rows,
  byId,
  virtual,
}: {
  table: DataTableProps<T>;
  rows: Row<DataTableFeatures, T>[];
  byId: Map<string, DataColumn<T>>;
  virtual: NonNullable<DataTableProps<T>['virtual']>;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const scroller = useRef<HTMLElement | null>(null);
  // Found from the table's own body, not handed in as a ref: a parent's ref is attached only
  // after this component's layout effects ran, when the virtualiser has already looked.
  const box = () => (scroller.current ??= scrollingAncestor(body.current));
  const [margin, setMargin] = useState(0);
  // After every render, with no dependency list: what sits above the table (a caption, another
  // table) changes height without telling this one. Setting the same margin again is skipped.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const outer = box();
    if (!outer || !body.current) return;
    const top = body.current.getBoundingClientRect().top - outer.getBoundingClientRect().top + outer.scrollTop;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  // The client does not run the React Compiler, which is what this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: box,
    estimateSize: () => virtual.rowHeight,
    getItemKey: (index) => rows[index]!.id,
    scrollMargin: margin,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - margin : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - margin) : 0;
  const columns = byId.size;
  return (
    <tbody ref={body}>
      {before > 0 && (
        <tr aria-hidden="true" className="table-spacer">
          <td colSpan={columns} style={{ height: before, padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) =>
        renderRow(table, byId, rows[item.index]!, {
          ref: virtualizer.measureElement,
          'data-index': item.index,
          'aria-rowindex': item.index + 2,
        }),
      )}
      {after > 0 && (
        <tr aria-hidden="true" className="table-spacer">
          <td colSpan={columns} style={{ height: after, padding: 0, border: 0 }} />
        </tr>
      )}
    </tbody>
  );
}

function scrollingAncestor(element: HTMLElement | null): HTMLElement | null {
  for (let parent = element?.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}
