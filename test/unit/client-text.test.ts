import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../client/src/graph/names.ts';
import { toResultRow } from '../../client/src/search/search-hits.ts';
import { errorMessageKey } from '../../client/src/ui/errors.ts';
import { formatDate, formatNumber, formatPeriod } from '../../client/src/ui/format.ts';

describe('names', () => {
  const person = { name: '田中 花子', nameKana: 'たなか はなこ', nameLatin: 'Tanaka Hanako' };
  it('shows the Japanese name with its reading in Japanese, the Latin name first in English', () => {
    expect(displayName(person, 'ja')).toEqual({ primary: '田中 花子', secondary: 'たなか はなこ' });
    expect(displayName(person, 'en')).toEqual({ primary: 'Tanaka Hanako', secondary: '田中 花子' });
    expect(displayName({ nameJa: 'kintone', nameEn: 'kintone' }, 'en')).toEqual({
      primary: 'kintone',
      secondary: null,
    });
    expect(displayName({ name: 'Tran Thi Mai', nameLatin: null }, 'ja')).toEqual({
      primary: 'Tran Thi Mai',
      secondary: null,
    });
  });

  it('turns search hits into rows with context', () => {
    const org = toResultRow(
      {
        __typename: 'Organisation',
        key: 'Organisation:o01',
        id: 'o01',
        kind: 'ORGANISATION',
        name: 'こどもごはんネット',
        nameKana: 'こどもごはんねっと',
        nameEn: 'Kodomo Gohan Net',
        sector: 'NPO',
        prefecture: '東京都',
      },
      'ja',
    );
    expect(org).toMatchObject({
      primary: 'こどもごはんネット',
      secondary: 'Kodomo Gohan Net',
      context: { sector: 'NPO', place: '東京都' },
    });
    const project = toResultRow(
      {
        __typename: 'Project',
        key: 'Project:pj1',
        id: 'pj1',
        kind: 'PROJECT',
        name: '子ども食堂マップ',
        nameEn: 'Kodomo Map',
        start: '2019-04-01',
        end: '2021-03-31',
      },
      'en',
    );
    expect(project.context).toEqual({ years: '2019–2021' });
    expect(project).toMatchObject({ primary: 'Kodomo Map', secondary: '子ども食堂マップ' });
  });
});

describe('formatting', () => {
  it('formats calendar dates per language without time-zone drift', () => {
    expect(formatDate('2024-04-01', 'ja')).toBe('2024年4月1日');
    expect(formatDate('2024-04-01', 'en')).toBe('1 Apr 2024');
    expect(formatDate('2024-04-01', 'ja', 'month')).toBe('2024年4月');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('formats numbers and periods', () => {
    expect(formatNumber(12345, 'ja')).toBe('12,345');
    expect(formatPeriod('2023-04-01', null, 'en', 'ongoing')).toBe('Apr 2023 – ongoing');
    expect(formatPeriod(null, null, 'en', 'ongoing')).toBe('');
  });
});

describe('error messages', () => {
  it('chooses the message by error code, never by text', () => {
    const graphQLError = (code: string) =>
      new CombinedGraphQLErrors({ errors: [{ message: 'whatever', extensions: { code } }] });
    expect(errorMessageKey(graphQLError('NOT_FOUND'))).toBe('errors.notFound');
    expect(errorMessageKey(graphQLError('BAD_USER_INPUT'))).toBe('errors.badInput');
    expect(errorMessageKey(graphQLError('UNAVAILABLE'))).toBe('errors.unavailable');
    expect(errorMessageKey(graphQLError('INTERNAL_SERVER_ERROR'))).toBe('errors.unknown');
    expect(errorMessageKey(graphQLError('FORBIDDEN'))).toBe('errors.forbidden');
    expect(errorMessageKey(graphQLError('UNAUTHENTICATED'))).toBe('errors.signedOut');
    expect(errorMessageKey(graphQLError('CONFLICT'))).toBe('errors.conflict');
    expect(errorMessageKey(graphQLError('TOO_COSTLY'))).toBe('errors.tooCostly');
    expect(errorMessageKey(graphQLError('RATE_LIMITED'))).toBe('errors.rateLimited');
    const status = (code: number) =>
      new ServerError('x', { response: new Response('', { status: code }), bodyText: '' });
    expect(errorMessageKey(status(401))).toBe('errors.signedOut');
    expect(errorMessageKey(status(403))).toBe('errors.forbidden');
    expect(errorMessageKey(status(429))).toBe('errors.rateLimited');
    expect(errorMessageKey(status(503))).toBe('errors.unavailable');
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('errors.network');
    expect(
      errorMessageKey(new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' })),
    ).toBe('errors.unavailable');
  });
});
