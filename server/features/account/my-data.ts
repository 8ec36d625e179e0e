/**
 * A person's rights over their data (APPI): see and download everything stored about them (their
 * record and relationships, and their account's roles and saved views), and erase themselves.
 * Erasure removes the person, their relationships, the account with its roles, sessions, saved
 * views and sign-in links (and, through `accounts.forget`, its waiting import uploads), and tells
 * the in-memory network (a change entry naming only the id).
 */
import type { Db } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { recordChange } from '../../graph/changes.ts';
import type { AccountDirectory, Viewer } from '../../shared/viewer.ts';

export async function myData(db: Db, viewer: Viewer): Promise<string> {
  const document = await db.read(async (tx) => {
    const [person] = viewer.personId === null ? [] : await tx.run('account-my-data', { personId: viewer.personId });
    const views = await tx.run('saved-view-list', { owner: viewer.accountId, ids: null });
    return {
      account: {
        email: viewer.email,
        administrator: viewer.administrator,
        roles: Object.fromEntries(viewer.roles),
        savedViews: views.map((view) => ({
          name: view.name,
          link: view.state,
          positions: JSON.parse(String(view.positions)) as unknown,
          introduction: view.introduction === null ? null : (JSON.parse(String(view.introduction)) as unknown),
          created: view.created,
          updated: view.updated,
        })),
      },
      ...(person ?? { person: null }),
    };
  });
  return JSON.stringify(document, null, 2);
}

export async function eraseMe(
  db: Db,
  viewer: Viewer,
  accounts: AccountDirectory,
  confirmEmail: unknown,
): Promise<boolean> {
  if (typeof confirmEmail !== 'string' || confirmEmail.trim().toLowerCase() !== viewer.email)
    throw badInput('confirmEmail', 'type the e-mail address of your account to confirm');
  await db.write(async (tx) => {
    if (viewer.administrator) {
      const [count] = await tx.run('auth-administrator-count');
      if (Number(count?.administrators ?? 0) <= 1)
        throw new AppError(
          'CONFLICT',
          'confirmEmail: the last administrator cannot erase themselves; name another one with TSUNAGARI_ADMIN_EMAIL first',
          'confirmEmail',
        );
    }
    const [row] = await tx.run('account-erase', { accountId: viewer.accountId });
    const personId = row?.personId ?? null;
    if (personId !== null) await tx.run('audit-forget-record', { key: `Person:${String(personId)}` });
    await recordChange(tx, personId === null ? { scope: 'none' } : { scope: 'shared', people: [String(personId)] });
  });
  accounts.forget(viewer.accountId);
  return true;
}
