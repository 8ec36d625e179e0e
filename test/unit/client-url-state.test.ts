import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseView, viewToSearch, type ViewState } from '../../client/src/view/url-state.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW, ...patch });

describe('view ↔ URL', () => {
  it('reads a shared link', () => {
    expect(parseView('?node=Person:p001&depth=2&lang=en')).toEqual(
      view({ node: 'Person:p001', depth: 2, selected: 'Person:p001', language: 'en' }),
    );
    expect(parseView('?node=Person%3Ap001&sel=Skill%3Akintone')).toEqual(
      view({ node: 'Person:p001', depth: 1, selected: 'Skill:kintone', language: null }),
    );
  });

  it('falls back to defaults for anything malformed', () => {
    expect(parseView('')).toEqual(EMPTY_VIEW);
    expect(parseView('?node=nonsense&depth=9&lang=fr&sel=Person:p002')).toEqual(EMPTY_VIEW);
    expect(parseView('?node=Organisation:o01&depth=0&sel=bad')).toMatchObject({
      depth: 1,
      selected: 'Organisation:o01',
    });
  });

  it('writes readable keys and leaves out what is implied', () => {
    expect(viewToSearch(view({ node: 'Person:p001', depth: 2, selected: 'Person:p001', language: 'en' }))).toBe(
      '?node=Person:p001&depth=2&lang=en',
    );
    expect(viewToSearch(view({ node: 'Skill:c++ & co', depth: 1, selected: 'Person:p001', language: null }))).toBe(
      '?node=Skill:c%2B%2B%20%26%20co&depth=1&sel=Person:p001',
    );
    expect(viewToSearch(EMPTY_VIEW)).toBe('');
    expect(viewToSearch({ ...EMPTY_VIEW, language: 'ja' })).toBe('?lang=ja');
  });

  it('round-trips', () => {
    const views: ViewState[] = [
      view({ node: 'Project:pj13', depth: 3, selected: 'Organisation:o19', language: 'ja' }),
      view({ node: 'Skill:c++ & co', depth: 1, selected: 'Skill:c++ & co', language: null }),
      view({
        node: 'Person:p001',
        depth: 2,
        selected: 'Person:p002',
        language: 'en',
        layout: 'concentric',
        limit: 1000,
        display: 'list',
        filters: {
          kinds: ['PERSON', 'SKILL'],
          sectors: ['NPO'],
          skill: 'kintone',
          org: 'o01',
          minStrength: 3,
          contact: '2y',
        },
        expanded: ['Person:p002', 'Organisation:o01'],
        hidden: ['Skill:excel'],
        focus: 'Person:p002',
      }),
    ];
    for (const v of views) expect(parseView(viewToSearch(v))).toEqual(v);
  });

  it('keeps filters, layout, expansions and hidden nodes readable in the link', () => {
    const search = viewToSearch(
      view({
        node: 'Person:p001',
        selected: 'Person:p001',
        layout: 'euler',
        filters: { kinds: ['PERSON'], sectors: [], skill: null, org: null, minStrength: 4, contact: '1y' },
        expanded: ['Person:p002'],
        hidden: ['Skill:excel', 'Person:p003'],
      }),
    );
    expect(search).toBe(
      '?node=Person:p001&depth=1&layout=euler&kinds=PERSON&strength=4&contact=1y&exp=Person:p002&hide=Skill:excel,Person:p003',
    );
  });

  it('drops unknown filter values, never the whole link, and never hides the centre', () => {
    const parsed = parseView(
      '?node=Person:p001&kinds=PERSON,ROBOT&sectors=NPO,SPACE&strength=9&contact=10y&layout=spiral&limit=7&hide=Person:p001,bad,Skill:x&exp=nope',
    );
    expect(parsed.filters).toEqual({ ...EMPTY_VIEW.filters, kinds: ['PERSON'], sectors: ['NPO'] });
    expect(parsed).toMatchObject({ layout: 'fcose', limit: 200, hidden: ['Skill:x'], expanded: [] });
    // Ticking every kind is the same as no kind filter.
    expect(parseView('?node=Person:p001&kinds=PERSON,ORGANISATION,SKILL,PROJECT').filters.kinds).toEqual([]);
  });
});
