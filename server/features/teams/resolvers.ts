import { selectsLongTexts } from '../../api/selection.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';
import {
  deleteTeamPlan,
  projectFromTeamPlan,
  saveTeamPlan,
  teamPlan,
  teamPlans,
  teamStartForProject,
} from './plans.ts';
import { skillHierarchy } from './skill-hierarchy.ts';
import { proposeTeams } from './service.ts';

/** Team composer and saved team plans (docs/teams.md). */
export const teamResolvers: Resolvers = {
  Query: {
    proposeTeams: (_, args, { db, viewer }, info) => proposeTeams(db, args, selectsLongTexts(info), viewer) as never,
    skillHierarchy: (_, __, { db }) => skillHierarchy(db) as never,
    teamPlans: (_, args, { db, viewer }) => teamPlans(db, args.organisationId, viewer) as never,
    teamPlan: (_, args, { db, viewer }) => teamPlan(db, args.id, viewer) as never,
    teamStartForProject: (_, args, { db, viewer }) => teamStartForProject(db, args.projectId, viewer) as never,
  },
  Mutation: {
    saveTeamPlan: (_, args, { db, viewer }) => saveTeamPlan(db, args.input, viewer) as never,
    deleteTeamPlan: (_, args, { db, viewer }) => deleteTeamPlan(db, args.id, viewer) as never,
    projectFromTeamPlan: (_, args, { db, viewer }) => projectFromTeamPlan(db, args.id, args.input, viewer) as never,
  },
};
