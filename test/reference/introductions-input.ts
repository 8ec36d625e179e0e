/**
 * A Dataset as the people-graph input of a day, through the product's own snapshot shape and its
 * one date rule (server/graph/network.ts `inputOn`): what the engines see in production. The
 * date rule itself is tested on its own (test/unit/one-network.test.ts).
 *
 * `asAdministrator`: the ties an administrator's answers use (docs/decisions/0012): ORGANISATION
 * ties as well as PUBLIC ones, never a PRIVATE one. Otherwise the shared network: PUBLIC ties only.
 */
import { inputOn } from '../../server/graph/network.ts';
import type { PeopleGraphInput } from '../../server/graph/evidence.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import { snapshotFromDataset } from './snapshot.ts';
import { TieTable } from '../../server/graph/tie-table.ts';

export const inputFromDataset = (dataset: Dataset, today: string, asAdministrator = false): PeopleGraphInput => {
  const snapshot = snapshotFromDataset(dataset, today);
  if (!asAdministrator) return inputOn(snapshot, today);
  const ties = TieTable.from(
    [...snapshot.ties].flatMap((t) => (t.visibility === 'private' ? [] : [{ ...t, visibility: 'public' as const }])),
  );
  return inputOn({ ...snapshot, ties }, today);
};
