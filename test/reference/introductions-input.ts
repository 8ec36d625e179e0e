/**
 * A Dataset as the people-graph input of a day, through the product's own snapshot shape and its
 * one date rule (server/graph/network.ts `inputOn`): what the engines see in production. The
 * date rule itself is tested on its own (test/unit/one-network.test.ts).
 */
import { inputOn } from '../../server/graph/network.ts';
import type { PeopleGraphInput } from '../../server/graph/evidence.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import { snapshotFromDataset } from './snapshot.ts';

export const inputFromDataset = (dataset: Dataset, today: string): PeopleGraphInput =>
  inputOn(snapshotFromDataset(dataset, today), today);
