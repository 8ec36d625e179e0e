/**
 * Explained paths (explain.ts) as the API shows them: every person, project and organisation a
 * path names becomes a node model, each piece of evidence carries its human details (the tie's
 * declared context, both people's roles in the shared project or organisation). Shared by
 * introductions, the team composer and STO matching; the names come from the in-memory network
 * (names.ts).
 */
import {
  keyOf,
  type Kind,
  type MembershipModel,
  type OrganisationModel,
  type ParticipationModel,
  type PersonModel,
  type ProjectModel,
} from '../shared/model.ts';
import type { Names } from './names.ts';
import type { EvidenceExplanation, PathExplanation } from './explain.ts';

export interface EvidenceModel {
  kind: 'declared' | 'project' | 'organisation';
  strength: number;
  tieStrength: number | null;
  lastContact: string | null;
  project: ProjectModel | null;
  projectEnd: string | null;
  organisation: OrganisationModel | null;
  size: number | null;
  context: string | null;
  contextEn: string | null;
  participations: ParticipationModel[];
  memberships: MembershipModel[];
}

export interface PathModel {
  people: PersonModel[];
  hops: { from: PersonModel; to: PersonModel; strength: number; evidence: EvidenceModel[] }[];
  hopFactor: number;
  score: number;
}

/** Tells `names` about everything these paths name (what `load` reads long texts for). */
export function namePaths(names: Names, paths: readonly PathExplanation[]): Names {
  for (const path of paths) {
    names.people(path.people);
    for (const hop of path.hops) {
      for (const e of hop.evidence) {
        if (e.kind === 'project') names.projects([e.projectId]);
        if (e.kind === 'organisation') names.organisations([e.organisationId]);
      }
    }
  }
  return names;
}

export function pathModel(path: PathExplanation, names: Names): PathModel {
  const person = (id: string) => names.person(id)!;
  return {
    people: path.people.map(person),
    hopFactor: path.hopFactor,
    score: path.score,
    hops: path.hops.map((hop) => ({
      from: person(hop.from),
      to: person(hop.to),
      strength: hop.strength,
      evidence: hop.evidence.map((e) => evidenceModel(hop.from, hop.to, e, names)),
    })),
  };
}

function evidenceModel(a: string, b: string, e: EvidenceExplanation, names: Names): EvidenceModel {
  const none = {
    tieStrength: null,
    lastContact: null,
    context: null,
    contextEn: null,
    project: null,
    projectEnd: null,
  };
  const base = { ...none, kind: e.kind, strength: e.evidenceStrength, organisation: null, size: null };
  const node = <T>(kind: Kind, id: string) => (names.node(keyOf(kind, id)) as T | undefined) ?? null;
  switch (e.kind) {
    case 'declared':
      return {
        ...base,
        tieStrength: e.strength,
        lastContact: e.lastContact,
        context: e.context,
        contextEn: e.contextEn,
        participations: [],
        memberships: [],
      };
    case 'project': {
      const project = node<ProjectModel>('Project', e.projectId);
      return {
        ...base,
        project,
        projectEnd: e.end,
        size: e.size,
        participations: project
          ? [a, b].map((id) => ({
              person: node<PersonModel>('Person', id)!,
              project,
              role: names.projectRole(id, e.projectId),
            }))
          : [],
        memberships: [],
      };
    }
    case 'organisation': {
      const organisation = node<OrganisationModel>('Organisation', e.organisationId);
      const memberships = organisation
        ? [a, b].map((id) => {
            const m = names.membership(id, e.organisationId);
            return {
              person: node<PersonModel>('Person', id)!,
              organisation,
              role: m?.role ?? null,
              since: m?.since ?? null,
              until: m?.until ?? null,
            };
          })
        : [];
      return { ...base, organisation, size: e.size, participations: [], memberships };
    }
  }
}
