/**
 * Organisation roles: who has which role in an organisation, and giving or taking one away. Who may
 * call these (owners of the organisation, administrators) is decided in api/access.ts.
 */
import type { Db } from '../../db/driver.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { bookkeeping } from '../../graph/changes.ts';
import { modelOf, parseId, type Props } from '../../shared/kinds.ts';
import type { PersonModel } from '../../shared/model.ts';
import { email as emailSchema, parse } from '../../shared/validation.ts';
import type { AccountDirectory, Role, Viewer } from '../../shared/viewer.ts';

export interface OrganisationAccountModel {
  email: string;
  role: Role;
  person: PersonModel | null;
}

export async function organisationAccounts(db: Db, rawOrganisationId: unknown): Promise<OrganisationAccountModel[]> {
  const organisationId = parseId(rawOrganisationId, 'organisationId');
  return db.read(async (tx) => {
    const [organisation] = await tx.run('node-get', { id: organisationId }, { label: 'Organisation' });
    if (!organisation) throw notFound('organisationId', 'organisation', organisationId);
    const rows = await tx.run('auth-organisation-accounts', { organisationId });
    return rows.map((row) => ({
      email: String(row.email),
      role: row.role as Role,
      person: row.person === null ? null : (modelOf('Person', row.person as Props) as PersonModel),
    }));
  });
}

export async function setOrganisationRole(
  db: Db,
  viewer: Viewer,
  accounts: AccountDirectory,
  args: {
    organisationId: unknown;
    email: unknown;
    role?: Role | null;
    language?: 'ja' | 'en' | null;
  },
): Promise<OrganisationAccountModel[]> {
  const organisationId = parseId(args.organisationId, 'organisationId');
  const address = parse(emailSchema, args.email, 'email');
  if (!address) throw badInput('email', 'must be an email address');
  const role = args.role ?? null;
  const [organisation] = await db.read((tx) => tx.run('node-get', { id: organisationId }, { label: 'Organisation' }));
  if (!organisation) throw notFound('organisationId', 'organisation', organisationId);
  const accountId = await accounts.ensureAccount(address);
  await bookkeeping(db, async (tx) => {
    const [after] = await tx.run('auth-role-set', {
      accountId,
      organisationId,
      role,
      grantedBy: viewer.accountId,
      now: Date.now(),
    });
    // Throwing rolls the change back: an organisation that had an owner keeps one.
    if (Number(after?.owners ?? 0) === 0 && !viewer.administrator)
      throw new AppError(
        'CONFLICT',
        'role: an organisation keeps at least one owner; make someone else owner first',
        'role',
      );
  });
  if (role !== null) {
    const name = String((organisation.node as Props).name ?? organisationId);
    accounts.invite(address, args.language ?? 'ja', name, role);
  }
  return organisationAccounts(db, organisationId);
}
