import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseView, viewToSearch } from '../../client/src/view/url-state.ts';

describe('view ↔ URL', () => {
  it('reads a shared link', () => {
    expect(parseView('?node=Person:p001&depth=2&lang=en')).toEqual({
      node: 'Person:p001',
      depth: 2,
      selected: 'Person:p001',
      language: 'en',
    });
    expect(parseView('?node=Person%3Ap001&sel=Skill%3Akintone')).toEqual({
      node: 'Person:p001',
      depth: 1,
      selected: 'Skill:kintone',
      language: null,
    });
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
    expect(viewToSearch({ node: 'Person:p001', depth: 2, selected: 'Person:p001', language: 'en' })).toBe(
      '?node=Person:p001&depth=2&lang=en',
    );
    expect(viewToSearch({ node: 'Skill:c++ & co', depth: 1, selected: 'Person:p001', language: null })).toBe(
      '?node=Skill:c%2B%2B%20%26%20co&depth=1&sel=Person:p001',
    );
    expect(viewToSearch(EMPTY_VIEW)).toBe('');
    expect(viewToSearch({ ...EMPTY_VIEW, language: 'ja' })).toBe('?lang=ja');
  });

  it('round-trips', () => {
    const views = [
      { node: 'Project:pj13', depth: 3, selected: 'Organisation:o19', language: 'ja' },
      { node: 'Skill:c++ & co', depth: 1, selected: 'Skill:c++ & co', language: null },
    ] as const;
    for (const view of views) expect(parseView(viewToSearch(view))).toEqual(view);
  });
});
