/**
 * The edit forms' model: which fields each form has (checked against the server's own specs, so
 * a renamed or new server field cannot silently drift), and how typed text becomes a create
 * input or an update patch without overwriting what the reader did not touch.
 */
import { describe, expect, it } from 'vitest';
import {
  initialValues,
  isDirty,
  NODE_FORMS,
  REL_FORMS,
  relFields,
  toInput,
  toPatch,
} from '../../client/src/edit/form-model.ts';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';

const SERVER_KIND = { PERSON: 'Person', ORGANISATION: 'Organisation', SKILL: 'Skill', PROJECT: 'Project' } as const;

describe('edit form specs match the server', () => {
  it('every node form field is a field the server stores (a skill’s broader link aside)', () => {
    for (const [kind, spec] of Object.entries(NODE_FORMS)) {
      const server = KIND_SPECS[SERVER_KIND[kind as keyof typeof SERVER_KIND]];
      const names = spec.fields.map((f) => f.name).filter((n) => n !== 'broaderId');
      expect(names.filter((n) => !server.fields.includes(n))).toEqual([]);
      // …and the form offers every field the server lets a user set.
      expect(server.fields.filter((n) => !names.includes(n))).toEqual([]);
    }
  });

  it('every relationship form names its ends and fields as the server does', () => {
    const server = {
      membership: REL_SPECS.membership,
      skillHolding: REL_SPECS.skillHolding,
      participation: REL_SPECS.participation,
      tie: REL_SPECS.tie,
      need: REL_SPECS.need,
      projectOrganisation: REL_SPECS.lead,
    };
    for (const [name, spec] of Object.entries(REL_FORMS)) {
      const s = server[name as keyof typeof server];
      expect(spec.ends.map((e) => e.name)).toEqual([s.fromField, s.toField]);
      const fields = spec.fields.map((f) => f.name).filter((n) => !(name === 'projectOrganisation' && n === 'role'));
      expect(fields.filter((n) => !s.fields.includes(n))).toEqual([]);
    }
  });
});

describe('values → input and patch', () => {
  const person = NODE_FORMS.PERSON.fields;

  it('starts a new person as discoverable with empty text', () => {
    expect(initialValues(person)).toEqual({
      name: '',
      nameKana: '',
      nameLatin: '',
      bio: '',
      bioEn: '',
      email: '',
      discoverable: true,
      takingRequests: true,
      hoursPerMonth: '',
      stoRole: '',
      stoCapacity: '',
    });
  });

  it('creates with trimmed text and leaves blanks out so server defaults apply', () => {
    const values = { ...initialValues(person), name: '  山田 太郎 ', nameKana: 'やまだ たろう' };
    expect(toInput(person, values)).toEqual({
      name: '山田 太郎',
      nameKana: 'やまだ たろう',
      discoverable: true,
      takingRequests: true,
    });
    const sto = { ...values, stoRole: 'STO', stoCapacity: '4', hoursPerMonth: '20' };
    expect(toInput(person, sto)).toMatchObject({ stoRole: 'STO', stoCapacity: 4, hoursPerMonth: 20 });
  });

  it('sends numbers for levels and enum names for choices', () => {
    const tie = relFields(REL_FORMS.tie);
    const values = { ...initialValues(tie), personId: 'p001', otherPersonId: 'p002', strength: '4' };
    expect(toInput(tie, values)).toEqual({
      personId: 'p001',
      otherPersonId: 'p002',
      strength: 4,
      visibility: 'PUBLIC',
    });
  });

  it('patches only what changed: untouched fields are kept, emptied ones cleared', () => {
    const stored = {
      name: '田中 花子',
      nameKana: 'たなか はなこ',
      nameLatin: 'Tanaka Hanako',
      bio: 'NPO',
      discoverable: true,
    };
    const initial = initialValues(person, stored);
    expect(initial.email).toBe(''); // never returned by the API, so never prefilled
    const values = { ...initial, name: '田中 はな子', bio: '' };
    expect(toPatch(person, initial, values)).toEqual({ name: '田中 はな子', bio: null });
    expect(isDirty(initial, values)).toBe(true);
    expect(toPatch(person, initial, initial)).toEqual({});
    expect(isDirty(initial, { ...initial })).toBe(false);
  });

  it('sends a write-only field only when typed, so a blank never erases the stored address', () => {
    const initial = initialValues(person, { name: 'x', discoverable: true });
    expect(toPatch(person, initial, { ...initial, email: '' })).toEqual({});
    expect(toPatch(person, initial, { ...initial, email: 'a@example.org' })).toEqual({ email: 'a@example.org' });
  });

  it('never patches the ends of a relationship, and treats "3" and 3 as the same level', () => {
    const fields = relFields(REL_FORMS.skillHolding);
    const initial = initialValues(fields, { personId: 'p1', skillId: 's1', level: 3 });
    expect(initial.level).toBe('3');
    expect(toPatch(fields, initial, { ...initial, personId: 'p2', level: ' 3 ' })).toEqual({});
    expect(toPatch(fields, initial, { ...initial, level: '5' })).toEqual({ level: 5 });
  });

  it('changing a checkbox is a change; null stored values start empty', () => {
    const initial = initialValues(person, { name: 'x', nameKana: null, discoverable: true });
    expect(initial.nameKana).toBe('');
    expect(toPatch(person, initial, { ...initial, discoverable: false })).toEqual({ discoverable: false });
  });
});
