/**
 * A failed save, as the server really reports it (its validation → its error formatter → the
 * client's Apollo error), lands next to the right field with translated words; other failures
 * become one form-level message. Also: every key the edit forms build at run time exists in
 * both languages.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldOf, mapSaveError } from '../../client/src/edit/server-errors.ts';
import { initialValues, NODE_FORMS, REL_FORMS, relFields } from '../../client/src/edit/form-model.ts';
import { translations, type Tree } from '../../client/src/i18n/catalogue.ts';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';
import { parse } from '../../server/shared/validation.ts';
import { AppError, badInput } from '../../server/errors.ts';
import { formatError } from '../../server/api/errors.ts';

/** What the browser receives when a resolver throws `error`. */
function asReceived(...errors: Error[]): CombinedGraphQLErrors {
  const formatted: GraphQLFormattedError[] = errors.map((original) =>
    formatError(
      { message: original.message, path: ['m'] },
      new GraphQLError(original.message, { originalError: original }),
    ),
  );
  return new CombinedGraphQLErrors({ errors: formatted, data: null });
}

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the server to refuse this');
}

const tieFields = relFields(REL_FORMS.tie);
const orgFields = NODE_FORMS.ORGANISATION.fields;

describe('server errors onto fields', () => {
  it('puts a tie strength of 7 next to the strength, in translated words', () => {
    const error = thrownBy(() => parse(REL_SPECS.tie.schema, { strength: 7 }, 'input'));
    const values = { ...initialValues(tieFields), strength: '7' };
    const mapped = mapSaveError(asReceived(error), REL_FORMS.tie, tieFields, values, true);
    expect(mapped.form).toBeNull();
    expect(mapped.fields).toEqual({
      strength: {
        key: 'edit.error.rule',
        text: { en: 'must be at most 5', ja: '5以下で入力してください' },
        fallback: 'must be at most 5',
      },
    });
  });

  it('words a prefecture as the shared rule does, and translates an end before a start the form does not hold', () => {
    const prefecture = thrownBy(() =>
      parse(KIND_SPECS.Organisation.schema, { name: 'x', sector: 'npo', prefecture: 'Tokio' }, 'input'),
    );
    const mapped = mapSaveError(
      asReceived(prefecture),
      NODE_FORMS.ORGANISATION,
      orgFields,
      { ...initialValues(orgFields), name: 'x', prefecture: 'Tokio' },
      false,
    );
    expect(mapped.fields.prefecture?.text?.ja).toBe('「Tokio」は都道府県名ではありません。東京都 ではありませんか？');

    const fields = NODE_FORMS.PROJECT.fields;
    const order = thrownBy(() =>
      parse(KIND_SPECS.Project.schema, { name: 'x', start: '2024-05-01', end: '2024-04-01' }, 'patch'),
    );
    // The form only holds the end; the stored start made it wrong. The date itself is fine.
    const values = { name: 'x', description: '', start: '', end: '2024-04-01' };
    expect(mapSaveError(asReceived(order), NODE_FORMS.PROJECT, fields, values).fields.end).toEqual({
      key: 'edit.error.dateOrder',
      values: { other: 'start' },
      fallback: 'must not be before start',
    });
  });

  it('a capacity the server refuses without a role is explained as such', () => {
    const fields = NODE_FORMS.PERSON.fields;
    const error = thrownBy(() => parse(KIND_SPECS.Person.schema, { name: 'x', stoCapacity: 4 }, 'patch'));
    // The stored role was cleared elsewhere: the form thinks the person still has one.
    const values = { ...initialValues(fields), name: 'x', stoRole: 'STO', stoCapacity: '4' };
    expect(mapSaveError(asReceived(error), NODE_FORMS.PERSON, fields, values).fields.stoCapacity?.key).toBe(
      'edit.error.requires',
    );
  });

  it('keeps the server text, inside a translated sentence, for a rule it has no words for', () => {
    const odd = badInput('input.name', 'is reserved');
    const fields = NODE_FORMS.PERSON.fields;
    const mapped = mapSaveError(asReceived(odd), NODE_FORMS.PERSON, fields, {
      ...initialValues(fields),
      name: 'admin',
    });
    expect(mapped.fields.name).toEqual({
      key: 'edit.error.server',
      values: { message: 'is reserved' },
      fallback: 'is reserved',
    });
  });

  it('a picked reference deleted meanwhile is marked on its picker', () => {
    const gone = new AppError('NOT_FOUND', 'input.otherPersonId: no person with id "p9"', 'input.otherPersonId');
    expect(
      mapSaveError(asReceived(gone), REL_FORMS.tie, tieFields, initialValues(tieFields), true).fields.otherPersonId
        ?.key,
    ).toBe('edit.error.refGone');
  });
});

describe('errors about the whole form', () => {
  it('a duplicate relationship, or the edited thing gone', () => {
    const dup = new AppError('CONFLICT', 'input: KNOWS from "a" to "b" already exists; update it instead', 'input');
    expect(mapSaveError(asReceived(dup), REL_FORMS.tie, tieFields, initialValues(tieFields), true)).toEqual({
      fields: {},
      form: { key: 'edit.error.relExists', fallback: 'KNOWS from "a" to "b" already exists; update it instead' },
    });
    const gone = new AppError('NOT_FOUND', 'id: no person with id "p9"', 'id');
    expect(mapSaveError(asReceived(gone), NODE_FORMS.PERSON, NODE_FORMS.PERSON.fields, {}).form?.key).toBe(
      'edit.error.gone',
    );
  });

  it('a network failure or a server fault says the input is kept', () => {
    expect(mapSaveError(new TypeError('Failed to fetch'), REL_FORMS.tie, tieFields, {}).form).toEqual({
      key: 'edit.error.network',
    });
    const down = new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(mapSaveError(down, REL_FORMS.tie, tieFields, {}).form).toEqual({ key: 'edit.error.unavailable' });
    const bug = asReceived(new Error('Neo.ClientError …'));
    expect(mapSaveError(bug, REL_FORMS.tie, tieFields, {}).form?.key).toBe('edit.error.unknown');
  });

  it('reads dotted field paths', () => {
    expect([
      fieldOf('input.strength'),
      fieldOf('patch.level'),
      fieldOf('personId'),
      fieldOf('id'),
      fieldOf('input'),
      fieldOf(null),
    ]).toEqual(['strength', 'level', 'personId', null, null, null]);
  });
});

function has(tree: Tree, key: string): boolean {
  let node: Tree | string | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}
const exists = (tree: Tree, key: string) => has(tree, key) || has(tree, `${key}_other`);

describe('edit translations', () => {
  const kinds = ['PERSON', 'ORGANISATION', 'SKILL', 'PROJECT'];
  const rels = Object.values(REL_FORMS);
  const fields = [...Object.values(NODE_FORMS).flatMap((s) => s.fields), ...rels.flatMap(relFields)];
  const dynamic = [
    ...fields.map((f) => `edit.field.${f.name}`),
    ...kinds.flatMap((k) => [
      `edit.title.create.${k}`,
      `edit.title.edit.${k}`,
      `edit.addMenu.${k}`,
      `edit.delete.title.${k}`,
      `edit.ref.placeholder.${k}`,
    ]),
    ...rels.flatMap((r) => [
      `edit.rel.${r.id}.add`,
      `edit.rel.${r.id}.edit`,
      `edit.rel.${r.id}.removeQuestion`,
      `edit.delete.count.${r.id}`,
    ]),
    ...['NPO', 'GOVERNMENT', 'COMPANY', 'FOUNDATION', 'ACADEMIA', 'COMMUNITY', 'OTHER'].map(
      (s) => `edit.option.sector.${s}`,
    ),
    ...['PUBLIC', 'ORGANISATION', 'PRIVATE'].map((v) => `edit.option.visibility.${v}`),
    ...['none', 'STO', 'STO_CANDIDATE'].map((r) => `edit.option.stoRole.${r}`),
    'edit.option.projectRole.LEAD',
    'edit.option.projectRole.PARTNER',
    ...['skillHolding', 'tie', 'need'].map((r) => `edit.levelLabel.${r}`),
    ...[
      'requires',
      'pick',
      'dateOrder',
      'level',
      'broaderCycle',
      'selfTie',
      'refGone',
      'relExists',
      'conflict',
      'gone',
      'server',
      'network',
      'unavailable',
      'unknown',
    ].map((e) => `edit.error.${e}`),
  ];

  it('exist in Japanese and English for every field, kind, relationship and error', () => {
    for (const language of ['ja', 'en'] as const) {
      expect(dynamic.filter((key) => !exists(translations[language], key)).map((k) => `${language}:${k}`)).toEqual([]);
    }
  });
});
