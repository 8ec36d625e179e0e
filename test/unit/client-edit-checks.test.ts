/**
 * The browser's checks mirror the server's: for sample text in every checked field, the client
 * says "fine" exactly when the server's own validation (server/domain) accepts the value the
 * form would send. Prefectures, references and duplicates are the server's alone.
 */
import { describe, expect, it } from 'vitest';
import { checkField, checkForm } from '../../client/src/edit/client-checks.ts';
import { NODE_FORMS, REL_FORMS, toApiValue, type FieldSpec } from '../../client/src/edit/form-model.ts';
import { AppError } from '../../server/errors.ts';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';
import { parse } from '../../server/shared/validation.ts';

const VALID = {
  person: { name: '田中 花子' },
  tie: { strength: 3 },
  project: { name: 'こども食堂' },
  organisation: { name: 'NPO', sector: 'npo' },
};

/** Does the server accept `text` in this field (everything else valid)? */
function serverAccepts(schema: Parameters<typeof parse>[0], base: object, field: FieldSpec, text: string): boolean {
  let value = toApiValue(field, text);
  if (field.type === 'visibility' && typeof value === 'string') value = value.toLowerCase();
  try {
    parse(schema, { ...base, [field.name]: value }, 'input');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

const SAMPLES: Record<string, string[]> = {
  name: ['田中 花子', '', '   ', 'a'.repeat(200), 'a'.repeat(201), 'bad\u0007bell'],
  nameKana: ['たなか はなこ', 'タナカ・ハナコ', 'ターナー', '', 'tanaka', '田中', 'たなか1'],
  email: ['hanako@example.org', '', 'hanako@', 'no at.org', 'a b@example.org'],
  url: ['https://example.org', 'http://x.jp/a?b=1', '', 'example.org', 'ftp://x.org', 'javascript:alert(1)'],
  start: ['2024-04-01', '', '2024-02-30', '2024-4-1', '1899-12-31', '2101-01-01', 'tomorrow'],
  strength: ['1', '5', ' 3 ', '0', '6', '7', '2.5', 'abc'],
  context: ['共通の友人', 'x'.repeat(500), 'x'.repeat(501)],
  hoursPerMonth: ['0', '300', '', '301', '-1', '12.5', 'twenty'],
};

const cases: [string, FieldSpec, Parameters<typeof parse>[0], object][] = [
  ['name', NODE_FORMS.PERSON.fields[0]!, KIND_SPECS.Person.schema, VALID.person],
  ['nameKana', NODE_FORMS.PERSON.fields[1]!, KIND_SPECS.Person.schema, VALID.person],
  ['email', NODE_FORMS.PERSON.fields.find((f) => f.name === 'email')!, KIND_SPECS.Person.schema, VALID.person],
  [
    'url',
    NODE_FORMS.ORGANISATION.fields.find((f) => f.name === 'url')!,
    KIND_SPECS.Organisation.schema,
    VALID.organisation,
  ],
  ['start', NODE_FORMS.PROJECT.fields.find((f) => f.name === 'start')!, KIND_SPECS.Project.schema, VALID.project],
  ['strength', REL_FORMS.tie.fields[0]!, REL_SPECS.tie.schema, VALID.tie],
  ['context', REL_FORMS.tie.fields.find((f) => f.name === 'context')!, REL_SPECS.tie.schema, VALID.tie],
  [
    'hoursPerMonth',
    NODE_FORMS.PERSON.fields.find((f) => f.name === 'hoursPerMonth')!,
    KIND_SPECS.Person.schema,
    VALID.person,
  ],
];

describe('client checks agree with the server', () => {
  for (const [sample, field, schema, base] of cases) {
    it(`on ${field.name}`, () => {
      for (const text of SAMPLES[sample]!) {
        const client = checkField(field, { [field.name]: text }) === null;
        expect({ text, client }).toEqual({ text, client: serverAccepts(schema, base, field, text) });
      }
    });
  }

  it('on the order of two dates, as the server judges the merged project', () => {
    const fields = NODE_FORMS.PROJECT.fields;
    const end = fields.find((f) => f.name === 'end')!;
    for (const [start, finish] of [
      ['2024-04-01', '2024-03-31'],
      ['2024-04-01', '2024-04-01'],
      ['', '2020-01-01'],
    ] as const) {
      const client = checkField(end, { start, end: finish }) === null;
      const server = serverAcceptsWhole(KIND_SPECS.Project.schema, { name: 'x', start: start || null, end: finish });
      expect({ start, finish, client }).toEqual({ start, finish, client: server });
    }
  });
});

function serverAcceptsWhole(schema: Parameters<typeof parse>[0], value: object): boolean {
  try {
    parse(schema, value, 'input');
    return true;
  } catch {
    return false;
  }
}

describe('checkForm', () => {
  it('an STO capacity only with an STO role, as the server requires', () => {
    const capacity = NODE_FORMS.PERSON.fields.find((f) => f.name === 'stoCapacity')!;
    expect(checkField(capacity, { stoRole: '', stoCapacity: '4' })).toEqual({
      key: 'edit.error.requires',
      values: { other: 'stoRole' },
    });
    expect(serverAcceptsWhole(KIND_SPECS.Person.schema, { name: 'x', stoCapacity: 4 })).toBe(false);
    expect(checkField(capacity, { stoRole: 'STO', stoCapacity: '4' })).toBeNull();
    expect(checkField(capacity, { stoRole: 'STO', stoCapacity: '9' })?.key).toBe('edit.error.integer');
  });

  it('names every problem with a translation key, and a reference left unpicked', () => {
    const fields = [...REL_FORMS.tie.ends, ...REL_FORMS.tie.fields];
    const errors = checkForm(REL_FORMS.tie, fields, {
      personId: 'p001',
      otherPersonId: '',
      strength: '7',
      lastContact: '',
      context: '',
      visibility: 'PUBLIC',
    });
    expect(errors).toEqual({ otherPersonId: { key: 'edit.error.pick' }, strength: { key: 'edit.error.level' } });
  });

  it('asks a skill for at least one name, as the server does', () => {
    const spec = NODE_FORMS.SKILL;
    const blank = { nameJa: '', nameEn: ' ', category: 'IT', broaderId: '' };
    expect(checkForm(spec, spec.fields, blank)).toEqual({ nameJa: { key: 'edit.error.oneOf' } });
    expect(serverAcceptsWhole(KIND_SPECS.Skill.schema, { nameJa: null, nameEn: null, category: 'IT' })).toBe(false);
    expect(checkForm(spec, spec.fields, { ...blank, nameEn: 'kintone' })).toEqual({});
  });

  it('says how long a text may be', () => {
    expect(checkField(NODE_FORMS.PERSON.fields[0]!, { name: 'a'.repeat(201) })).toEqual({
      key: 'edit.error.tooLong',
      values: { max: 200 },
    });
  });
});
