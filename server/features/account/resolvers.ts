import type { Resolvers } from '../../api/generated/resolvers.ts';
import { auditLog } from './audit-log.ts';
import { editRights } from './edit-rights.ts';
import { eraseMe, myData } from './my-data.ts';
import { organisationAccounts, setOrganisationRole } from './roles.ts';
import { me } from './service.ts';

export const accountResolvers: Resolvers = {
  Query: {
    me: (_, _args, { db, viewer }) => me(db, viewer),
    organisationAccounts: (_, args, { db }) => organisationAccounts(db, args.organisationId),
    myData: (_, _args, { db, viewer }) => myData(db, viewer!),
    auditLog: (_, args, { db }) => auditLog(db, args),
    editRights: (_, args, { db, viewer }) => editRights(db, viewer!, args.key),
  },
  Mutation: {
    setOrganisationRole: (_, args, { db, viewer, accounts }) => setOrganisationRole(db, viewer!, accounts, args),
    eraseMe: (_, args, { db, viewer, accounts }) => eraseMe(db, viewer!, accounts, args.confirmEmail),
  },
};
