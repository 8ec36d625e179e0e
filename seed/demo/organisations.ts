/**
 * All demo organisations: fictional names in real prefectures, so regional filters have something
 * to show without describing any real body. The rows are the Dataset shape; profileOf gives the
 * generators the rest (size, typical skills, titles).
 */
import type { OrganisationRow } from '../../server/shared/dataset.ts';
import type { DemoOrganisation } from './organisation-kinds.ts';
import { NPO_ORGANISATIONS } from './organisations-npo.ts';
import { OTHER_ORGANISATIONS } from './organisations-other.ts';
import { PUBLIC_ORGANISATIONS } from './organisations-public.ts';

const ALL: readonly DemoOrganisation[] = [...NPO_ORGANISATIONS, ...PUBLIC_ORGANISATIONS, ...OTHER_ORGANISATIONS].sort(
  (a, b) => a.id.localeCompare(b.id),
);
const BY_ID = new Map(ALL.map((o) => [o.id, o]));

export function buildOrganisations(): OrganisationRow[] {
  return ALL.map(({ id, name, nameKana, nameEn, sector, prefecture, slug }) => ({
    id,
    name,
    nameKana,
    nameEn,
    sector,
    prefecture,
    url: `https://${slug}.example.jp`,
  }));
}

export function profileOf(organisationId: string): DemoOrganisation {
  const organisation = BY_ID.get(organisationId);
  if (organisation === undefined) throw new Error(`unknown demo organisation ${organisationId}`);
  return organisation;
}
