/**
 * The human details of an explained path that the engine does not carry: the declared context
 * of a tie, each person's role in a shared project, each person's role and start in a shared
 * organisation. Three small queries for the whole answer, run in parallel.
 */
import type { Plain } from '../../db/convert.ts';
import type { Db } from '../../db/driver.ts';
import type { PathExplanation } from './engine/index.ts';

type Row = Record<string, Plain>;

export interface Details {
  /** `a|b|strength|lastContact` → context, for both orders of a and b. */
  contexts: Map<string, string | null>;
  /** `personId|projectId` → role. */
  projectRoles: Map<string, string | null>;
  /** `personId|organisationId` → role, since, until. */
  memberships: Map<string, { role: string | null; since: string | null; until: string | null }>;
}

export const tieKey = (a: string, b: string, strength: number, lastContact: string | null) =>
  `${a}|${b}|${strength}|${lastContact ?? ''}`;

const str = (value: Plain | undefined) => (typeof value === 'string' ? value : null);

export async function loadDetails(db: Db, paths: PathExplanation[]): Promise<Details> {
  const pairs = new Map<string, [string, string]>();
  const inProjects = new Map<string, [string, string]>();
  const inOrganisations = new Map<string, [string, string]>();
  for (const hop of paths.flatMap((p) => p.hops)) {
    for (const e of hop.evidence) {
      if (e.kind === 'declared') pairs.set(`${hop.from}|${hop.to}`, [hop.from, hop.to]);
      const target = e.kind === 'project' ? inProjects : e.kind === 'organisation' ? inOrganisations : undefined;
      const id = e.kind === 'project' ? e.projectId : e.kind === 'organisation' ? e.organisationId : '';
      for (const person of [hop.from, hop.to]) target?.set(`${person}|${id}`, [person, id]);
    }
  }
  const run = (name: string, key: string, rows: Map<string, [string, string]>) =>
    rows.size === 0 ? Promise.resolve([] as Row[]) : db.read((tx) => tx.run(name, { [key]: [...rows.values()] }));
  const [ties, projects, organisations] = await Promise.all([
    run('introduction-tie-details', 'pairs', pairs),
    run('introduction-participation-details', 'rows', inProjects),
    run('introduction-membership-details', 'rows', inOrganisations),
  ]);
  const contexts = new Map<string, string | null>();
  for (const t of ties) {
    const [a, b, s, last] = [String(t.a), String(t.b), Number(t.strength), str(t.lastContact)];
    contexts.set(tieKey(a, b, s, last), str(t.context));
    contexts.set(tieKey(b, a, s, last), str(t.context));
  }
  return {
    contexts,
    projectRoles: new Map(projects.map((r) => [`${r.personId}|${r.projectId}`, str(r.role)])),
    memberships: new Map(
      organisations.map((r) => [
        `${r.personId}|${r.organisationId}`,
        { role: str(r.role), since: str(r.since), until: str(r.until) },
      ]),
    ),
  };
}
