/**
 * A node's stored fields for its edit form, and its relationships for the connections list and
 * the delete confirmation. Read past the cache (see edit-queries.ts) each time a dialog opens, so
 * a form never starts from stale values.
 */
import { useQuery } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import type { NodeKind } from '../gql/graphql.ts';
import { nameIn } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { useShowMore, type ShowMore } from '../details/show-more.ts';
import { connectionGroups, type ConnectionGroup } from './connections.ts';
import {
  EditOrganisationQuery,
  EditPersonQuery,
  EditProjectQuery,
  EditSkillQuery,
  OrganisationConnectionsQuery,
  OrganisationMoreConnectionsQuery,
  PersonConnectionsQuery,
  PersonMoreConnectionsQuery,
  ProjectConnectionsQuery,
  ProjectMoreConnectionsQuery,
  SkillConnectionsQuery,
  SkillMoreConnectionsQuery,
} from './edit-queries.ts';
import type { StoredNode } from './NodeForm.tsx';

export interface Loaded<T> {
  loading: boolean;
  error: unknown;
  data: T | null;
  refetch(): void;
}

const options = (id: string, kind: NodeKind, mine: NodeKind) =>
  ({
    variables: { id },
    skip: kind !== mine || id === '',
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: true,
  }) as const;

export function useStoredNode(kind: NodeKind, id: string, language: Language): Loaded<StoredNode & { name: string }> {
  const person = useQuery(EditPersonQuery, options(id, kind, 'PERSON'));
  const organisation = useQuery(EditOrganisationQuery, options(id, kind, 'ORGANISATION'));
  const skill = useQuery(EditSkillQuery, options(id, kind, 'SKILL'));
  const project = useQuery(EditProjectQuery, options(id, kind, 'PROJECT'));
  const results = { PERSON: person, ORGANISATION: organisation, SKILL: skill, PROJECT: project };
  const result = results[kind];
  // While refetching (after any save) keep the last answer: an open form must never unmount.
  const node =
    (person.data ?? person.previousData)?.person ??
    (organisation.data ?? organisation.previousData)?.organisation ??
    (skill.data ?? skill.previousData)?.skill ??
    (project.data ?? project.previousData)?.project;
  let data: (StoredNode & { name: string }) | null = null;
  if (node && (result.data ?? result.previousData)) {
    const { key, id: nodeId, ...values } = node as { key: string; id: string } & Record<string, unknown>;
    const broader = 'broader' in node ? node.broader : null;
    data = {
      id: nodeId,
      key,
      name: nameIn(node, language),
      values: { ...values, broaderId: broader?.id ?? null },
      refLabels: { broaderId: broader ? nameIn(broader, language) : null },
    };
  }
  return { loading: result.loading, error: result.error, data, refetch: () => void result.refetch() };
}

/** Per kind: the next-page query, the field it is under, and the lists it can page. */
const MORE: Record<NodeKind, [DocumentNode, string, readonly string[]]> = {
  PERSON: [PersonMoreConnectionsQuery, 'person', ['memberships', 'skills', 'projects', 'ties']],
  ORGANISATION: [OrganisationMoreConnectionsQuery, 'organisation', ['members', 'needs', 'projects']],
  SKILL: [SkillMoreConnectionsQuery, 'skill', ['holders', 'neededBy']],
  PROJECT: [ProjectMoreConnectionsQuery, 'project', ['members', 'organisations']],
};

export function useConnections(kind: NodeKind, id: string): Loaded<ConnectionGroup[]> & { more: ShowMore } {
  const person = useQuery(PersonConnectionsQuery, options(id, kind, 'PERSON'));
  const organisation = useQuery(OrganisationConnectionsQuery, options(id, kind, 'ORGANISATION'));
  const skill = useQuery(SkillConnectionsQuery, options(id, kind, 'SKILL'));
  const project = useQuery(ProjectConnectionsQuery, options(id, kind, 'PROJECT'));
  const result = { PERSON: person, ORGANISATION: organisation, SKILL: skill, PROJECT: project }[kind];
  const [moreQuery, root, lists] = MORE[kind];
  const more = useShowMore(result.fetchMore, moreQuery, root, id, lists);
  const data = {
    PERSON: (person.data ?? person.previousData)?.person,
    ORGANISATION: (organisation.data ?? organisation.previousData)?.organisation,
    SKILL: (skill.data ?? skill.previousData)?.skill,
    PROJECT: (project.data ?? project.previousData)?.project,
  }[kind];
  return {
    loading: result.loading,
    error: result.error,
    data: data ? connectionGroups(kind, data) : null,
    refetch: () => void result.refetch(),
    more,
  };
}
