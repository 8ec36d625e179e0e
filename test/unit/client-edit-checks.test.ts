/**
 * The browser's checks are the server's (decision 0027): for sample text in every checked field,
 * the form refuses exactly what the server's own validation (KIND_SPECS / REL_SPECS, as the API
 * parses them) refuses, on the same field and in the same words (the server's English; the
 * Japanese from the same catalogue entry). What only the server knows (references, cycles,
 * duplicates) is server-errors.ts's.
 */
import { describe, expect, it } from 'vitest';
import { checkField, checkForm, schemaValue } from '../../client/src/edit/client-checks.ts';
import {
  initialValues,
  NODE_FORMS,
  REL_FORMS,
  relFields,
  toApiValue,
  type FieldSpec,
  type FormSpec,
  type FormValues,
} from '../../client/src/edit/form-model.ts';
import { AppError } from '../../server/errors.ts';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';
import { parse } from '../../server/shared/validation.ts';

type Schema = Parameters<typeof parse>[0];

/** What the API's parse says about this input: null when accepted, else the field and its message. */
function serverSays(schema: Schema, input: object): { field: string; message: string } | null {
  try {
    parse(schema, input, 'input');
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { field: error.field!.replace(/^input\./, ''), message: error.message.replace(/^[^:]+: /, '') };
  }
}

/**
 * The input the API's parse gets for these values. Blank text is '' here as in the form's check
 * (the mutation leaves a blank out or sends null; for optional text both mean "none", and a
 * required name is refused either way); `sends what the mutation sends` below holds the rest.
 */
function apiInput(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (field.type !== 'ref') out[field.name] = schemaValue(field, values[field.name]);
  return out;
}

const SAMPLES: Record<string, string[]> = {
  name: ['田中 花子', '', '   ', 'a'.repeat(200), 'a'.repeat(201), 'bad\u0007bell'],
  nameKana: ['たなか はなこ', 'タナカ・ハナコ', 'ターナー', 'ﾀﾅｶ', '', 'tanaka', '田中', 'たなか1'],
  email: [
    'hanako@example.org',
    '',
    'hanako@',
    'no at.org',
    'a b@example.org',
    'taro@gmial.com',
    'a@@b.jp',
    'ｔａｒｏ＠example.jp',
  ],
  url: ['https://example.org', 'http://x.jp/a?b=1', '', 'example.org', 'ftp://x.org', 'javascript:alert(1)'],
  prefecture: ['東京都', 'Tokyo', '', 'Tokio', '宮城懸', 'Atlantis'],
  start: ['2024-04-01', '', '2024-02-30', '2024-4-1', '2024/04/01', '1899-12-31', '2101-01-01', 'tomorrow'],
  strength: ['1', '5', ' 3 ', '', '0', '6', '7', '2.5', 'abc'],
  context: ['共通の友人', 'x'.repeat(500), 'x'.repeat(501)],
  hoursPerMonth: ['0', '300', '', '301', '-1', '12.5', 'twenty'],
  stoCapacity: ['1', '8', '', '0', '9'],
  role: ['事務局長', 'r'.repeat(100), 'r'.repeat(101)],
};

interface Case {
  spec: FormSpec;
  fields: readonly FieldSpec[];
  schema: Schema;
  base: FormValues;
  field: string;
}
const person = NODE_FORMS.PERSON;
const organisation = NODE_FORMS.ORGANISATION;
const project = NODE_FORMS.PROJECT;
const tie = REL_FORMS.tie;
const membership = REL_FORMS.membership;
const node = (spec: FormSpec, base: FormValues) => ({
  spec,
  fields: spec.fields,
  base: { ...initialValues(spec.fields), ...base },
});
const rel = (spec: FormSpec, base: FormValues) => ({
  spec,
  fields: spec.fields,
  base: { ...initialValues(spec.fields), ...base },
});

const CASES: Record<string, Case> = {
  name: { ...node(person, { name: 'x' }), schema: KIND_SPECS.Person.schema, field: 'name' },
  nameKana: { ...node(person, { name: 'x' }), schema: KIND_SPECS.Person.schema, field: 'nameKana' },
  email: { ...node(person, { name: 'x' }), schema: KIND_SPECS.Person.schema, field: 'email' },
  hoursPerMonth: { ...node(person, { name: 'x' }), schema: KIND_SPECS.Person.schema, field: 'hoursPerMonth' },
  stoCapacity: {
    ...node(person, { name: 'x', stoRole: 'STO' }),
    schema: KIND_SPECS.Person.schema,
    field: 'stoCapacity',
  },
  url: { ...node(organisation, { name: 'x' }), schema: KIND_SPECS.Organisation.schema, field: 'url' },
  prefecture: { ...node(organisation, { name: 'x' }), schema: KIND_SPECS.Organisation.schema, field: 'prefecture' },
  start: { ...node(project, { name: 'x' }), schema: KIND_SPECS.Project.schema, field: 'start' },
  strength: { ...rel(tie, {}), schema: REL_SPECS.tie.schema, field: 'strength' },
  context: { ...rel(tie, {}), schema: REL_SPECS.tie.schema, field: 'context' },
  role: { ...rel(membership, {}), schema: REL_SPECS.membership.schema, field: 'role' },
};

describe('the form refuses what the server refuses, on the same field, in the same words', () => {
  for (const [sample, c] of Object.entries(CASES)) {
    it(`on ${c.spec.id}.${c.field}`, () => {
      for (const text of SAMPLES[sample]!) {
        const values = { ...c.base, [c.field]: text };
        const client = checkField(c.spec, c.fields, c.field, values);
        const server = serverSays(c.schema, apiInput(c.fields, values));
        expect({ text, client: client?.text?.en ?? null }).toEqual({ text, client: server?.message ?? null });
        if (server) expect({ text, field: server.field }).toEqual({ text, field: c.field });
        if (client) expect(client.text!.ja).toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      }
    });
  }

  it('a bad e-mail, prefecture and date, with the hint the import gives, in both languages', () => {
    const org = checkForm(organisation, organisation.fields, {
      ...initialValues(organisation.fields),
      name: 'x',
      prefecture: '宮城懸',
    });
    expect(org.prefecture?.text).toEqual({
      en: '"宮城懸" is not a Japanese prefecture; did you mean 宮城県?',
      ja: '「宮城懸」は都道府県名ではありません。宮城県 ではありませんか？',
    });
    const someone = checkForm(person, person.fields, {
      ...initialValues(person.fields),
      name: 'x',
      email: 'taro@gmial.com',
    });
    expect(someone.email?.text?.en).toBe('"gmial.com" looks like a mistyped domain; did you mean gmail.com?');
    const dated = checkForm(project, project.fields, {
      ...initialValues(project.fields),
      name: 'x',
      start: '2024/4/1',
    });
    expect(dated.start?.text?.ja).toBe('日付は YYYY-MM-DD の形式で入力してください。2024-04-01 ではありませんか？');
  });
});

describe('rules across fields come from the schemas too', () => {
  it('an end before its start, on the end', () => {
    for (const [start, end] of [
      ['2024-04-01', '2024-03-31'],
      ['2024-04-01', '2024-04-01'],
      ['', '2020-01-01'],
    ] as const) {
      const values = { ...initialValues(project.fields), name: 'x', start, end };
      const client = checkForm(project, project.fields, values);
      const server = serverSays(KIND_SPECS.Project.schema, apiInput(project.fields, values));
      expect({ start, end, client: client.end?.text?.en ?? null }).toEqual({
        start,
        end,
        client: server?.message ?? null,
      });
    }
  });

  it('an STO capacity only with an STO role', () => {
    const values = { ...initialValues(person.fields), name: 'x', stoRole: '', stoCapacity: '4' };
    expect(checkForm(person, person.fields, values).stoCapacity?.text?.ja).toBe(
      'STO または STO 候補の人だけが受け持ち数を持てます',
    );
    expect(serverSays(KIND_SPECS.Person.schema, apiInput(person.fields, values))?.field).toBe('stoCapacity');
    expect(checkForm(person, person.fields, { ...values, stoRole: 'STO' })).toEqual({});
  });

  it('a blank name is "empty", in both languages', () => {
    const values = { ...initialValues(person.fields), name: '  ' };
    expect(checkForm(person, person.fields, values).name?.text).toEqual({
      en: 'must not be empty',
      ja: '空欄にはできません',
    });
  });

  it('a skill needs a Japanese or an English name', () => {
    const spec = NODE_FORMS.SKILL;
    const blank = { nameJa: '', nameEn: ' ', category: 'IT', broaderId: '' };
    expect(checkForm(spec, spec.fields, blank)).toEqual({
      nameJa: {
        key: 'edit.error.rule',
        text: { en: 'a skill needs a Japanese or an English name', ja: 'スキルには日本語名か英語名が必要です' },
      },
    });
    expect(serverSays(KIND_SPECS.Skill.schema, { nameJa: null, nameEn: null, category: 'IT' })).not.toBeNull();
    expect(checkForm(spec, spec.fields, { ...blank, nameEn: 'kintone' })).toEqual({});
  });

  it('a reference left unpicked is asked for by the picker; the other fields by their rules', () => {
    const fields = relFields(tie);
    const errors = checkForm(tie, fields, {
      personId: 'p001',
      otherPersonId: '',
      strength: '7',
      lastContact: '',
      context: '',
      visibility: 'PUBLIC',
    });
    expect(errors).toEqual({
      otherPersonId: { key: 'edit.error.pick' },
      strength: { key: 'edit.error.rule', text: { en: 'must be at most 5', ja: '5以下で入力してください' } },
    });
  });
});

describe('what the form specs still say agrees with the schemas', () => {
  const forms: [FormSpec, Schema][] = [
    ...Object.values(NODE_FORMS).map((s): [FormSpec, Schema] => [s, KIND_SPECS[kindOf(s.id)].schema]),
  ];

  it('a required field left blank is refused, a number range is exactly what is accepted', () => {
    for (const [spec] of forms) {
      const base = { ...initialValues(spec.fields), name: 'x', nameJa: 'x', stoRole: 'STO' };
      for (const field of spec.fields) {
        if (field.required && field.type !== 'ref')
          expect({
            field: field.name,
            refused: !!checkForm(spec, spec.fields, { ...base, [field.name]: '' })[field.name],
          }).toEqual({
            field: field.name,
            refused: true,
          });
        if (field.range) {
          const [min, max] = field.range;
          const at = (n: number) =>
            checkForm(spec, spec.fields, { ...base, [field.name]: String(n) })[field.name] ?? null;
          expect([at(min), at(max)]).toEqual([null, null]);
          expect(at(min - 1)).not.toBeNull();
          expect(at(max + 1)).not.toBeNull();
        }
      }
    }
  });
});

function kindOf(id: string): keyof typeof KIND_SPECS {
  return ({ person: 'Person', organisation: 'Organisation', skill: 'Skill', project: 'Project' } as const)[
    id as 'person'
  ];
}

describe('schemaValue', () => {
  it('sends what the mutation sends, with GraphQL enums as the server maps them', () => {
    const fields = [
      ...Object.values(NODE_FORMS).flatMap((f) => f.fields),
      ...Object.values(REL_FORMS).flatMap(relFields),
    ];
    const samples = ['x', ' 3 ', '2024-04-01', 'NPO', 'STO_CANDIDATE', 'PUBLIC', 'https://example.org'];
    for (const field of fields.filter((f) => f.type !== 'checkbox'))
      for (const text of samples) {
        const sent = toApiValue(field, text);
        const enumType = ['sector', 'visibility', 'stoRole'].includes(field.type);
        expect(schemaValue(field, text)).toEqual(enumType ? String(sent).toLowerCase() : sent);
      }
    expect(
      schemaValue(
        NODE_FORMS.PERSON.fields.find((f) => f.type === 'checkbox')!,
        false,
      ),
    ).toBe(false);
  });
});
