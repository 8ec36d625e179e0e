/**
 * The shared table (client/src/ui/DataTable.tsx): the TanStack Table definitions it builds sort
 * names by the reader's language (kana in gojūon order, "2" before "10"), numbers by value, a
 * missing value last in both directions, counts largest-first on the first click, and page
 * through the sorted rows; the component draws that order with aria-sort on its headers.
 */
import { constructTable, type RowData } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { createInstance } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataColumn } from '../../client/src/ui/DataTable.tsx';
import {
  ariaSort,
  compareSortValues,
  SORTING_OPTIONS,
  dataTableFeatures,
  toColumnDefs,
  type SortSpec,
} from '../../client/src/ui/data-table-model.ts';
import { translations } from '../../client/src/i18n/catalogue.ts';
import type { Language } from '../../client/src/i18n/languages.ts';

interface Member {
  id: string;
  name: string;
  lost: number | null;
}

const MEMBERS: Member[] = [
  { id: 'a', name: 'さとう', lost: 3 },
  { id: 'b', name: 'あべ', lost: null },
  { id: 'c', name: 'カトウ', lost: 10 },
  { id: 'd', name: 'いとう', lost: 0 },
  { id: 'e', name: 'わたなべ', lost: 2 },
];

const SPECS: SortSpec<Member>[] = [
  { id: 'name', sortBy: (m) => m.name },
  { id: 'lost', sortBy: (m) => m.lost, descFirst: true },
  { id: 'plan' },
];

function tableOf<T extends RowData>(rows: T[], specs: SortSpec<T>[], language: Language, pageSize?: number) {
  return constructTable({
    // useTable adds React's reactivity in the browser; here plain store atoms stand in for it.
    features: { ...dataTableFeatures, coreReactivityFeature: storeReactivityBindings() } as typeof dataTableFeatures,
    columns: toColumnDefs(specs, language),
    data: rows,
    manualPagination: !pageSize,
    ...SORTING_OPTIONS,
    initialState: { sorting: [], pagination: { pageIndex: 0, pageSize: pageSize ?? 0 } },
  });
}

const ids = (table: ReturnType<typeof tableOf<Member>>) => table.getRowModel().rows.map((r) => r.original.id);

describe('shared table: sorting', () => {
  it('sorts Japanese names in gojūon order, hiragana and katakana alike, and reverses', () => {
    const table = tableOf(MEMBERS, SPECS, 'ja');
    expect(ids(table)).toEqual(['a', 'b', 'c', 'd', 'e']); // unsorted: the caller's order
    table.getColumn('name')!.toggleSorting(false);
    expect(table.getRowModel().rows.map((r) => r.original.name)).toEqual([
      'あべ',
      'いとう',
      'カトウ',
      'さとう',
      'わたなべ',
    ]);
    table.getColumn('name')!.toggleSorting(true);
    expect(table.getRowModel().rows.map((r) => r.original.name)).toEqual([
      'わたなべ',
      'さとう',
      'カトウ',
      'いとう',
      'あべ',
    ]);
  });

  it('puts a missing value last whichever way a column sorts, and compares numbers as numbers', () => {
    const table = tableOf(MEMBERS, SPECS, 'en');
    table.getColumn('lost')!.toggleSorting(false);
    expect(table.getRowModel().rows.map((r) => r.original.lost)).toEqual([0, 2, 3, 10, null]);
    table.getColumn('lost')!.toggleSorting(true);
    expect(table.getRowModel().rows.map((r) => r.original.lost)).toEqual([10, 3, 2, 0, null]);
  });

  it('starts a count column largest first, then smallest first, then back to the original order', () => {
    const table = tableOf(MEMBERS, SPECS, 'en');
    const lost = table.getColumn('lost')!;
    const name = table.getColumn('name')!;
    expect(lost.getNextSortingOrder()).toBe('desc');
    expect(name.getNextSortingOrder()).toBe('asc');
    lost.getToggleSortingHandler()!({});
    expect(lost.getIsSorted()).toBe('desc');
    expect(ids(table)[0]).toBe('c');
    lost.getToggleSortingHandler()!({});
    expect(lost.getIsSorted()).toBe('asc');
    lost.getToggleSortingHandler()!({});
    expect(lost.getIsSorted()).toBe(false);
    expect(ids(table)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts by one column at a time, even with Shift held', () => {
    const table = tableOf(MEMBERS, SPECS, 'en');
    table.getColumn('name')!.getToggleSortingHandler()!({ shiftKey: true });
    table.getColumn('lost')!.getToggleSortingHandler()!({ shiftKey: true });
    expect(table.store.state.sorting).toEqual([{ id: 'lost', desc: true }]);
  });

  it('leaves a column without a sort value unsortable', () => {
    const table = tableOf(MEMBERS, SPECS, 'en');
    expect(table.getColumn('plan')!.getCanSort()).toBe(false);
    expect(ariaSort(false, false)).toBeUndefined();
    expect(ariaSort(true, false)).toBe('none');
    expect(ariaSort(true, 'asc')).toBe('ascending');
    expect(ariaSort(true, 'desc')).toBe('descending');
  });

  it('compares numbered names naturally in English and Japanese', () => {
    for (const language of ['en', 'ja'] as const) {
      const compare = compareSortValues(language);
      const sorted = ['Team 10', 'Team 2', 'Team 1'].sort(compare);
      expect(sorted).toEqual(['Team 1', 'Team 2', 'Team 10']);
    }
    expect(['第10期', '第2期'].sort(compareSortValues('ja'))).toEqual(['第2期', '第10期']);
  });
});

describe('shared table: paging', () => {
  it('pages through the sorted rows, not the original order', () => {
    const table = tableOf(MEMBERS, SPECS, 'ja', 2);
    table.getColumn('name')!.toggleSorting(false);
    expect(table.getPageCount()).toBe(3);
    expect(table.getRowModel().rows.map((r) => r.original.name)).toEqual(['あべ', 'いとう']);
    expect(table.getCanPreviousPage()).toBe(false);
    table.nextPage();
    expect(table.getRowModel().rows.map((r) => r.original.name)).toEqual(['カトウ', 'さとう']);
    table.nextPage();
    expect(table.getRowModel().rows.map((r) => r.original.name)).toEqual(['わたなべ']);
    expect(table.getCanNextPage()).toBe(false);
  });

  it('shows every row when no page size is given', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: String(i), name: `n${i}`, lost: i }));
    expect(tableOf(many, SPECS, 'en').getRowModel().rows).toHaveLength(500);
  });
});

describe('shared table: markup', () => {
  function render(language: Language, extra: Partial<Parameters<typeof DataTable<Member>>[0]> = {}) {
    const i18n = createInstance();
    void i18n.use(initReactI18next).init({
      resources: { ja: { translation: translations.ja }, en: { translation: translations.en } },
      lng: language,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const columns: DataColumn<Member>[] = [
      { ...SPECS[0]!, header: 'Name', rowHeader: true, cell: (m) => m.name },
      { ...SPECS[1]!, header: 'Lost', cell: (m) => String(m.lost ?? '') },
      { ...SPECS[2]!, header: 'Plan', cell: () => 'plan' },
    ];
    const table = createElement(DataTable<Member>, {
      rows: MEMBERS,
      columns,
      rowKey: (m) => m.id,
      language,
      className: 'assets-table',
      testId: 'members',
      ...extra,
    });
    return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, table));
  }

  it('draws the chosen order with aria-sort on the sorted header and buttons on sortable ones', () => {
    const html = render('ja', { initialSort: { id: 'lost', desc: true } });
    expect(html).toContain('data-testid="members"');
    const heads = [...html.matchAll(/<th scope="col"([^>]*)>(.*?)<\/th>/g)].map((m) => [m[1], m[2]]);
    expect(heads[0]![0]).toContain('aria-sort="none"');
    expect(heads[1]![0]).toContain('aria-sort="descending"');
    expect(heads[1]![1]).toContain('class="sort-button"');
    expect(heads[1]![1]).toContain('title="昇順に並べ替え"'); // the next click
    expect(heads[2]![0]).not.toContain('aria-sort');
    expect(heads[2]![1]).not.toContain('<button');
    const rowNames = [...html.matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1]);
    expect(rowNames).toEqual(['カトウ', 'さとう', 'わたなべ', 'いとう', 'あべ']);
  });

  it('spans a row that says one thing, and keeps the caller’s row attributes', () => {
    const html = render('en', {
      spanRow: (m) => (m.lost === null ? { content: 'No loss', className: 'assets-muted' } : null),
      rowAttributes: (m) => ({ 'data-pair': m.id }),
    });
    expect(html).toContain(
      '<tr data-pair="b"><th scope="row">あべ</th><td colSpan="2" class="assets-muted">No loss</td></tr>',
    );
    expect(html.match(/<tr data-pair=/g)).toHaveLength(5);
  });

  it('pages long tables with a labelled pager in the reader’s language', () => {
    const en = render('en', { pageSize: 2 });
    expect(en.match(/<tr data|<tr>/g)!.length - 1).toBe(2); // header row + two body rows
    expect(en).toContain('aria-label="Pages"');
    expect(en).toContain('1–2 of 5');
    expect(en).toMatch(/<button type="button" class="button" disabled="">Previous<\/button>/);
    const ja = render('ja', { pageSize: 2 });
    expect(ja).toContain('5 件中 1〜2 件');
    expect(render('en', { pageSize: 10 })).not.toContain('aria-label="Pages"');
  });
});
