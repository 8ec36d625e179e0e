import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

/*
 * The explorer's organisation filter, applied by the server so it holds for an organisation of
 * any size: hub knows 130 members of "big" and 10 people who are not; one outsider, "bridge",
 * knows "far", a member reachable only through bridge.
 */
const suite = apiSuite(wipe);
const { ok, rejected } = suite;
const MEMBERS = 130;
const memberId = (i: number) => `m${String(i).padStart(3, '0')}`;

beforeAll(async () => {
  const lines = [
    'hub: createPerson(input: { id: "hub", name: "中心 さん" }) { id }',
    'big: createOrganisation(input: { id: "big", name: "大きな団体", sector: NPO }) { id }',
    'small: createOrganisation(input: { id: "small", name: "小さな団体", sector: NPO }) { id }',
    'far: createPerson(input: { id: "far", name: "遠く さん" }) { id }',
    'farM: createMembership(input: { personId: "far", organisationId: "big" }) { role }',
  ];
  for (let i = 0; i < MEMBERS; i++) {
    const id = memberId(i);
    lines.push(`p${id}: createPerson(input: { id: "${id}", name: "会員 ${id}" }) { id }`);
    lines.push(`m${id}: createMembership(input: { personId: "${id}", organisationId: "big" }) { role }`);
    lines.push(`t${id}: createTie(input: { personId: "hub", otherPersonId: "${id}", strength: 3 }) { strength }`);
  }
  for (let i = 0; i < 10; i++) {
    lines.push(`o${i}: createPerson(input: { id: "out${i}", name: "外部 ${i}" }) { id }`);
    lines.push(`s${i}: createMembership(input: { personId: "out${i}", organisationId: "small" }) { role }`);
    lines.push(`u${i}: createTie(input: { personId: "hub", otherPersonId: "out${i}", strength: 3 }) { strength }`);
  }
  lines.push('bt: createTie(input: { personId: "out0", otherPersonId: "far", strength: 3 }) { strength }');
  // In chunks: the API caps a document at 5,000 tokens.
  for (let i = 0; i < lines.length; i += 60) await ok(`mutation { ${lines.slice(i, i + 60).join('\n')} }`);
});

const NEIGHBOURHOOD = `query($ids: [ID!]!, $depth: Int, $kinds: [NodeKind!], $organisation: ID, $limit: Int) {
  neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, organisation: $organisation, limit: $limit) {
    truncated nodes { key } } }`;

const people = async (variables: Record<string, unknown>): Promise<string[]> => {
  const { neighbourhood } = await ok(NEIGHBOURHOOD, {
    ids: ['Person:hub'],
    kinds: ['PERSON'],
    limit: 1000,
    ...variables,
  });
  return (neighbourhood.nodes as { key: string }[]).map((n) => n.key).filter((k) => k !== 'Person:hub');
};

describe('neighbourhood organisation filter', () => {
  it('keeps every member of a large organisation and no one else', async () => {
    const all = await people({ depth: 1 });
    expect(all).toHaveLength(MEMBERS + 10);
    const members = await people({ depth: 1, organisation: 'big' });
    expect(members).toHaveLength(MEMBERS);
    expect(members).toContain(`Person:${memberId(MEMBERS - 1)}`);
    expect(members.some((k) => k.startsWith('Person:out'))).toBe(false);
  });

  it('does not cross non-members, like the other filters', async () => {
    expect(await people({ depth: 2 })).toContain('Person:far');
    expect(await people({ depth: 2, organisation: 'big' })).not.toContain('Person:far');
    expect(await people({ depth: 2, organisation: 'small' })).toEqual(
      Array.from({ length: 10 }, (_, i) => `Person:out${i}`),
    );
  });

  it('leaves the other kinds alone', async () => {
    const { neighbourhood } = await ok(NEIGHBOURHOOD, { ids: ['Person:m000'], depth: 1, organisation: 'small' });
    const keys = (neighbourhood.nodes as { key: string }[]).map((n) => n.key).sort();
    // hub is not a member of "small", so only the start node and its organisation remain.
    expect(keys).toEqual(['Organisation:big', 'Person:m000']);
  });

  it.each([
    ['no-such-org', 'NOT_FOUND'],
    ['hub', 'NOT_FOUND'],
    ["big' OR 1=1 //", 'BAD_USER_INPUT'],
    ['', 'BAD_USER_INPUT'],
  ])('rejects organisation %j with a specific error', async (organisation, code) => {
    const error = await rejected(NEIGHBOURHOOD, { ids: ['Person:hub'], organisation });
    expect(error.extensions).toMatchObject({ code, field: 'organisation' });
    expect(error.message).toMatch(/organisation/);
  });
});
