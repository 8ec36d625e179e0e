/**
 * The synthetic generator feeds every benchmark, so its promises are pinned here: the same options
 * give the same network, sizes land in the advertised ranges, every row passes the same zod
 * schemas the loader applies, references resolve, and the graph has the structure benchmarks rely
 * on (heavy-tailed degrees, ties mostly inside clusters, no duplicate or self ties).
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../server/shared/dataset.ts';
import { buildSkills } from '../../seed/demo/skills.ts';
import { buildSyntheticNetwork, generateSynthetic } from '../../seed/synthetic/index.ts';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import type { Kind } from '../../server/shared/model.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';
import { id as idSchema } from '../../server/shared/validation.ts';

const PEOPLE = 2000;
const network = buildSyntheticNetwork({ people: PEOPLE, seed: 7 });
const d = network.dataset;

const ids = <T extends { id: string }>(rows: readonly T[]): Set<string> => new Set(rows.map((r) => r.id));
const countBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};
const within = (value: number, min: number, max: number): boolean => value >= min && value <= max;
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const personIndex = new Map(d.people.map((p, i) => [p.id, i]));
const [personIds, organisationIds, skillIds, projectIds] = [d.people, d.organisations, d.skills, d.projects].map(
  (rows) => ids<{ id: string }>(rows),
);

/** The first schema issue of each row, so a failure names the row and the field. */
function schemaErrors(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, rows: unknown[]) {
  return rows.flatMap((row) => {
    const result = schema.safeParse(row);
    return result.success ? [] : [{ row, error: String(result.error) }];
  });
}

describe('synthetic network: options', () => {
  it('is deterministic for the same options and differs for another seed', () => {
    const first: Dataset = generateSynthetic({ people: 500, seed: 3 });
    const again: Dataset = generateSynthetic({ people: 500, seed: 3 });
    const other: Dataset = generateSynthetic({ people: 500, seed: 4 });
    expect(again).toEqual(first);
    expect(again.people).not.toBe(first.people);
    expect(other.people.map((p) => p.name)).not.toEqual(first.people.map((p) => p.name));
    expect(other.ties).not.toEqual(first.ties);
  });

  it('rejects bad options with a message naming the option', () => {
    for (const people of [9, 1_000_001, 12.5, Number.NaN, -100, '100' as unknown as number]) {
      expect(() => generateSynthetic({ people, seed: 1 })).toThrow(
        /^--people must be a whole number from 10 to 1000000/,
      );
    }
    for (const seed of [-1, 0.5, Number.POSITIVE_INFINITY, '1' as unknown as number]) {
      expect(() => generateSynthetic({ people: 100, seed })).toThrow(/^--seed must be a whole number/);
    }
    expect(() => generateSynthetic({ people: 10, seed: 0 })).not.toThrow();
  });

  it('builds a valid network at the smallest size', () => {
    const tiny = generateSynthetic({ people: 10, seed: 0 });
    expect(tiny.people).toHaveLength(10);
    expect(new Set(tiny.organisations.map((o) => o.sector)).size).toBe(7);
    expect(tiny.ties.length).toBeGreaterThan(0);
    expect(new Set(tiny.ties.map((t) => pairKey(t.personId, t.otherPersonId))).size).toBe(tiny.ties.length);
  });
});

describe('synthetic network: sizes', () => {
  it('has the expected number of everything', () => {
    expect(d.people).toHaveLength(PEOPLE);
    expect(within(d.organisations.length, PEOPLE / 40, PEOPLE / 12)).toBe(true);
    expect(within(d.ties.length, PEOPLE * 9, PEOPLE * 11)).toBe(true);
    expect(within(d.projects.length, PEOPLE / 22, PEOPLE / 18)).toBe(true);
    expect(d.skills).toEqual(buildSkills());
    const hidden = d.people.filter((p) => p.discoverable === false).length;
    expect(within(hidden, PEOPLE * 0.003, PEOPLE * 0.02)).toBe(true);
    expect(d.people.every((p) => p.email === undefined)).toBe(true);
  });

  it('spreads heavy-tailed organisations over every sector and several prefectures', () => {
    expect(new Set(d.organisations.map((o) => o.sector)).size).toBe(7);
    expect(new Set(d.organisations.map((o) => o.prefecture)).size).toBeGreaterThanOrEqual(5);
    const sizes = [
      ...countBy(
        d.memberships.filter((m) => m.until === undefined),
        (m) => m.organisationId,
      ).values(),
    ];
    expect(sizes.filter((n) => n <= 20).length / sizes.length).toBeGreaterThan(0.6);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(100);
    expect(network.clusterCount).toBeGreaterThanOrEqual(3);
  });

  it('gives 1–2 memberships and 1–4 skills a person, about 15 % of memberships past', () => {
    const memberships = countBy(d.memberships, (m) => m.personId);
    const holdings = countBy(d.skillHoldings, (h) => h.personId);
    for (const p of d.people) {
      expect(within(memberships.get(p.id) ?? 0, 1, 2), p.id).toBe(true);
      expect(within(holdings.get(p.id) ?? 0, 1, 4), p.id).toBe(true);
    }
    const past = d.memberships.filter((m) => m.until !== undefined).length / d.memberships.length;
    expect(within(past, 0.1, 0.2)).toBe(true);
  });

  it('gives every NPO 1–3 needs and every project one lead, 0–2 partners and 3–10 people', () => {
    const needs = countBy(d.needs, (n) => n.organisationId);
    for (const o of d.organisations)
      expect(within(needs.get(o.id) ?? 0, o.sector === 'npo' ? 1 : 0, o.sector === 'npo' ? 3 : 0)).toBe(true);
    const byRole = (role: string) =>
      countBy(
        d.projectOrganisations.filter((r) => r.role === role),
        (r) => r.projectId,
      );
    const [leads, partners] = [byRole('lead'), byRole('partner')];
    const teams = countBy(d.participations, (r) => r.projectId);
    for (const p of d.projects) {
      expect(leads.get(p.id)).toBe(1);
      expect(partners.get(p.id) ?? 0).toBeLessThanOrEqual(2);
      expect(within(teams.get(p.id) ?? 0, 3, 10), p.id).toBe(true);
      expect(p.start! >= '2010-01-01' && p.start! <= '2026-12-31').toBe(true);
    }
    expect(d.projects.some((p) => p.end === undefined)).toBe(true);
  });
});

describe('synthetic network: identity and references', () => {
  it('has unique ids that pass id validation', () => {
    for (const rows of [d.people, d.organisations, d.skills, d.projects] as { id: string }[][]) {
      expect(ids(rows).size).toBe(rows.length);
      for (const row of rows) expect(idSchema.safeParse(row.id).success, row.id).toBe(true);
    }
  });

  it('resolves every reference and repeats no relationship', () => {
    const unresolved = [
      ...d.memberships.filter((r) => !personIds.has(r.personId) || !organisationIds.has(r.organisationId)),
      ...d.skillHoldings.filter((r) => !personIds.has(r.personId) || !skillIds.has(r.skillId)),
      ...d.participations.filter((r) => !personIds.has(r.personId) || !projectIds.has(r.projectId)),
      ...d.ties.filter((r) => !personIds.has(r.personId) || !personIds.has(r.otherPersonId)),
      ...d.projectOrganisations.filter((r) => !projectIds.has(r.projectId) || !organisationIds.has(r.organisationId)),
      ...d.needs.filter((r) => !organisationIds.has(r.organisationId) || !skillIds.has(r.skillId)),
      ...d.skills.filter((s) => s.broader !== undefined && !skillIds.has(s.broader)),
    ];
    expect(unresolved).toEqual([]);
    const unique = <T>(rows: T[], key: (r: T) => string) => expect(new Set(rows.map(key)).size).toBe(rows.length);
    unique(d.memberships, (r) => `${r.personId}|${r.organisationId}`);
    unique(d.skillHoldings, (r) => `${r.personId}|${r.skillId}`);
    unique(d.participations, (r) => `${r.personId}|${r.projectId}`);
    unique(d.projectOrganisations, (r) => `${r.projectId}|${r.organisationId}`);
    unique(d.needs, (r) => `${r.organisationId}|${r.skillId}`);
  });
});

describe('synthetic network: values', () => {
  it('passes the schemas the loader validates with', () => {
    const nodes: [Kind, { id: string }[]][] = [
      ['Person', d.people],
      ['Organisation', d.organisations],
      ['Skill', d.skills],
      ['Project', d.projects],
    ];
    for (const [kind, rows] of nodes) {
      const fields = rows.map(({ id: _id, ...rest }) => {
        delete (rest as { broader?: string }).broader;
        return rest;
      });
      expect(schemaErrors(KIND_SPECS[kind].schema, fields), kind).toEqual([]);
    }
    // The prefecture transform maps to the stored Japanese name: ours must already be that.
    for (const o of d.organisations) {
      const { id: _id, ...fields } = o;
      expect((KIND_SPECS.Organisation.schema.parse(fields) as { prefecture: string }).prefecture).toBe(o.prefecture);
    }
    const rels: [keyof typeof REL_SPECS, Record<string, unknown>[]][] = [
      ['membership', d.memberships.map(({ personId: _p, organisationId: _o, ...r }) => r)],
      ['skillHolding', d.skillHoldings.map(({ personId: _p, skillId: _s, ...r }) => r)],
      ['participation', d.participations.map(({ personId: _p, projectId: _j, ...r }) => r)],
      ['tie', d.ties.map(({ personId: _p, otherPersonId: _o, ...r }) => r)],
      ['need', d.needs.map(({ organisationId: _o, skillId: _s, ...r }) => r)],
    ];
    for (const [name, rows] of rels) expect(schemaErrors(REL_SPECS[name].schema, rows), name).toEqual([]);
  });

  it('gives people kana readings and romaji built from the name lists', () => {
    for (const p of d.people) {
      expect(p.name).toMatch(/^\S+ \S+$/);
      expect(p.nameKana).toMatch(/^[\u3041-\u3096ー]+ [\u3041-\u3096ー]+$/);
      expect(p.nameLatin).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
  });
});

describe('synthetic network: ties', () => {
  const degree = new Int32Array(PEOPLE);
  for (const t of d.ties) {
    degree[personIndex.get(t.personId)!]!++;
    degree[personIndex.get(t.otherPersonId)!]!++;
  }

  it('has no self-ties and at most one tie per unordered pair', () => {
    expect(d.ties.filter((t) => t.personId === t.otherPersonId)).toEqual([]);
    expect(new Set(d.ties.map((t) => pairKey(t.personId, t.otherPersonId))).size).toBe(d.ties.length);
  });

  it('has a heavy-tailed degree distribution', () => {
    const mean = (2 * d.ties.length) / PEOPLE;
    const sorted = [...degree].sort((a, b) => a - b);
    expect(sorted.at(-1)!).toBeGreaterThanOrEqual(5 * mean);
    expect(sorted[PEOPLE / 2]!).toBeLessThan(mean); // median below mean: a long right tail
  });

  it('keeps most ties inside a cluster, stronger inside an organisation', () => {
    const cluster = network.personCluster;
    const inside = d.ties.filter(
      (t) => cluster[personIndex.get(t.personId)!] === cluster[personIndex.get(t.otherPersonId)!],
    );
    expect(inside.length / d.ties.length).toBeGreaterThanOrEqual(0.6);
    expect(inside.length).toBeLessThan(d.ties.length); // some bridges

    const mainOrganisation = new Map<string, string>();
    for (const m of d.memberships)
      if (!mainOrganisation.has(m.personId)) mainOrganisation.set(m.personId, m.organisationId);
    const colleagues = (t: Dataset['ties'][number]) =>
      mainOrganisation.get(t.personId) === mainOrganisation.get(t.otherPersonId);
    const meanStrength = (rows: Dataset['ties']) => rows.reduce((sum, t) => sum + t.strength, 0) / rows.length;
    expect(meanStrength(d.ties.filter(colleagues))).toBeGreaterThan(
      meanStrength(d.ties.filter((t) => !colleagues(t))) + 0.3,
    );
  });

  it('has contacts from 2015 to October 2026, mostly public ties and synthetic provenance', () => {
    for (const t of d.ties) expect(t.lastContact! >= '2015-01-01' && t.lastContact! <= '2026-10-31').toBe(true);
    const visibility = countBy(d.ties, (t) => t.visibility ?? 'public');
    expect(within(visibility.get('organisation')! / d.ties.length, 0.03, 0.07)).toBe(true);
    expect(within(visibility.get('private')! / d.ties.length, 0.003, 0.02)).toBe(true);
    expect(d.ties.every((t) => t.source === 'synthetic' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(t.context ?? ''))).toBe(
      true,
    );
    expect(new Set(d.ties.map((t) => t.strength)).size).toBe(5);
  });
});
