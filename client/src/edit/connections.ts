/**
 * A node's relationships as the edit dialog lists them: grouped by type, each row naming the
 * node at the other end, the ids both mutations need, and the stored properties for the form.
 */
import type {
  NodeKind,
  OrganisationConnectionsQuery,
  PersonConnectionsQuery,
  ProjectConnectionsQuery,
  SkillConnectionsQuery,
} from '../gql/graphql.ts';
import type { NameFields } from '../graph/names.ts';
import type { Page } from '../details/show-more.ts';
import type { RelName } from './form-model.ts';

export interface ConnectionRow {
  rel: RelName;
  /** Both ends by the names the mutations use (`personId`, `organisationId`, …). */
  ends: Record<string, string>;
  other: { kind: NodeKind; key: string; names: NameFields };
  /** Stored properties, by form field name. */
  stored: Record<string, unknown>;
}

export interface ConnectionGroup {
  rel: RelName;
  /** Which end this node is (the other is picked when adding). */
  side: 0 | 1;
  otherKind: NodeKind;
  total: number;
  rows: ConnectionRow[];
  /** The API's name for the list and its paging, for "show more". */
  list: string;
  page: Page;
}

type Data = {
  PERSON: PersonConnectionsQuery['person'];
  ORGANISATION: OrganisationConnectionsQuery['organisation'];
  SKILL: SkillConnectionsQuery['skill'];
  PROJECT: ProjectConnectionsQuery['project'];
};

interface End {
  id: string;
  key: string;
}

function group<T>(
  rel: RelName,
  side: 0 | 1,
  otherKind: NodeKind,
  [name, list]: [string, Omit<Page, 'nodes'> & { nodes: T[] }],
  row: (item: T) => { ends: Record<string, string>; other: End & NameFields; stored: Record<string, unknown> },
): ConnectionGroup {
  return {
    rel,
    side,
    otherKind,
    total: list.totalCount,
    list: name,
    page: list,
    rows: list.nodes.map((item) => {
      const { ends, other, stored } = row(item);
      return { rel, ends, stored, other: { kind: otherKind, key: other.key, names: other } };
    }),
  };
}

function personGroups(p: NonNullable<Data['PERSON']>): ConnectionGroup[] {
  const id = p.id;
  return [
    group('membership', 0, 'ORGANISATION', ['memberships', p.memberships], (m) => ({
      ends: { personId: id, organisationId: m.organisation.id },
      other: m.organisation,
      stored: { role: m.role, since: m.since, until: m.until },
    })),
    group('skillHolding', 0, 'SKILL', ['skills', p.skills], (s) => ({
      ends: { personId: id, skillId: s.skill.id },
      other: s.skill,
      stored: { level: s.level },
    })),
    group('participation', 0, 'PROJECT', ['projects', p.projects], (j) => ({
      ends: { personId: id, projectId: j.project.id },
      other: j.project,
      stored: { role: j.role },
    })),
    group('tie', 0, 'PERSON', ['ties', p.ties], (t) => ({
      ends: { personId: id, otherPersonId: t.other.id },
      other: t.other,
      stored: {
        strength: t.strength,
        lastContact: t.lastContact,
        context: t.context,
        contextEn: t.contextEn,
        visibility: t.visibility,
      },
    })),
  ];
}

function organisationGroups(o: NonNullable<Data['ORGANISATION']>): ConnectionGroup[] {
  const id = o.id;
  return [
    group('membership', 1, 'PERSON', ['members', o.members], (m) => ({
      ends: { personId: m.person.id, organisationId: id },
      other: m.person,
      stored: { role: m.role, since: m.since, until: m.until },
    })),
    group('need', 0, 'SKILL', ['needs', o.needs], (n) => ({
      ends: { organisationId: id, skillId: n.skill.id },
      other: n.skill,
      stored: { priority: n.priority },
    })),
    group('projectOrganisation', 0, 'PROJECT', ['projects', o.projects], (j) => ({
      ends: { organisationId: id, projectId: j.project.id },
      other: j.project,
      stored: { role: j.role },
    })),
  ];
}

function skillGroups(s: NonNullable<Data['SKILL']>): ConnectionGroup[] {
  return [
    group('skillHolding', 1, 'PERSON', ['holders', s.holders], (h) => ({
      ends: { personId: h.person.id, skillId: s.id },
      other: h.person,
      stored: { level: h.level },
    })),
    group('need', 1, 'ORGANISATION', ['neededBy', s.neededBy], (n) => ({
      ends: { organisationId: n.organisation.id, skillId: s.id },
      other: n.organisation,
      stored: { priority: n.priority },
    })),
  ];
}

function projectGroups(j: NonNullable<Data['PROJECT']>): ConnectionGroup[] {
  return [
    group('participation', 1, 'PERSON', ['members', j.members], (m) => ({
      ends: { personId: m.person.id, projectId: j.id },
      other: m.person,
      stored: { role: m.role },
    })),
    group('projectOrganisation', 1, 'ORGANISATION', ['organisations', j.organisations], (o) => ({
      ends: { organisationId: o.organisation.id, projectId: j.id },
      other: o.organisation,
      stored: { role: o.role },
    })),
  ];
}

/** The groups of one node, in the order the dialog shows them. */
export function connectionGroups<K extends NodeKind>(kind: K, data: Data[K]): ConnectionGroup[] {
  if (!data) return [];
  switch (kind) {
    case 'PERSON':
      return personGroups(data as NonNullable<Data['PERSON']>);
    case 'ORGANISATION':
      return organisationGroups(data as NonNullable<Data['ORGANISATION']>);
    case 'SKILL':
      return skillGroups(data as NonNullable<Data['SKILL']>);
    case 'PROJECT':
      return projectGroups(data as NonNullable<Data['PROJECT']>);
  }
  return [];
}
