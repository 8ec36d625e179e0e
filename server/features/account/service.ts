/**
 * The signed-in account as the API shows it. The account's own person is read even when hidden
 * (`discoverable = false`): a person's own record is always theirs to see.
 */
import type { Db } from '../../db/driver.ts';
import { modelOf, type Props } from '../../shared/kinds.ts';
import type { OrganisationModel, PersonModel } from '../../shared/model.ts';
import type { Role, Viewer } from '../../shared/viewer.ts';

export interface MeModel {
  email: string;
  administrator: boolean;
  person: PersonModel | null;
  roles: { organisation: OrganisationModel; role: Role }[];
}

export async function me(db: Db, viewer: Viewer | null): Promise<MeModel | null> {
  if (!viewer) return null;
  return db.read(async (tx) => {
    let person: PersonModel | null = null;
    if (viewer.personId !== null) {
      const [row] = await tx.run('node-get', { id: viewer.personId }, { label: 'Person' });
      if (row) person = modelOf('Person', row.node as Props) as PersonModel;
    }
    const roles: MeModel['roles'] = [];
    for (const [organisationId, role] of viewer.roles) {
      const [row] = await tx.run('node-get', { id: organisationId }, { label: 'Organisation' });
      if (row) roles.push({ organisation: modelOf('Organisation', row.node as Props) as OrganisationModel, role });
    }
    return { email: viewer.email, administrator: viewer.administrator, person, roles };
  });
}
