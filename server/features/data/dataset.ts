/**
 * Writes a whole Dataset (demo data, synthetic data) in batches, replacing an earlier load of the
 * same dataset and nothing else: every node it writes carries `dataset`, and only nodes with that
 * tag are deleted first.
 */
import type { Db } from '../../db/driver.ts';
import { recordChange } from '../../graph/changes.ts';
import type { Dataset } from '../../shared/dataset.ts';
import { KIND_SPECS, storedProps } from '../../shared/kinds.ts';
import type { Kind } from '../../shared/model.ts';
import { toParams } from '../../shared/kinds.ts';
import { REL_SPECS, type RelSpec } from '../../shared/relationships.ts';
import { parse } from '../../shared/validation.ts';

const BATCH = 5000;

export interface LoadProgress {
  (step: string, done: number, total: number): void;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<void>, report: (done: number) => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await write(rows.slice(i, i + BATCH));
    report(Math.min(i + BATCH, rows.length));
  }
}

export async function loadDataset(
  db: Db,
  name: string,
  data: Dataset,
  progress: LoadProgress = () => {},
): Promise<void> {
  await db.autoCommit('dataset-delete-relationships', { dataset: name });
  await db.autoCommit('dataset-delete', { dataset: name });
  const nodeSets: [Kind, { id: string }[]][] = [
    ['Person', data.people],
    ['Organisation', data.organisations],
    ['Skill', data.skills],
    ['Project', data.projects],
  ];
  for (const [kind, rows] of nodeSets) {
    const prepared = rows.map((row, i) => {
      const { id, ...fields } = row as { id: string } & Record<string, unknown>;
      delete fields.broader;
      const props = parse(KIND_SPECS[kind].schema, fields, `${kind}[${i}]`);
      return { id, props: toParams(storedProps(kind, id, props, { dataset: name })) };
    });
    await inBatches(
      prepared,
      (batch) => db.write(async (tx) => void (await tx.run('dataset-load-nodes', { rows: batch }, { label: kind }))),
      (n) => progress(kind, n, prepared.length),
    );
  }
  const broader = data.skills.filter((s) => s.broader).map((s) => ({ from: s.id, to: s.broader!, props: {} }));
  await loadRels(db, { type: 'BROADER', from: 'Skill', to: 'Skill' }, broader, progress);
  const rels: [RelSpec, { from: string; to: string; props: Record<string, unknown> }[]][] = [
    [
      REL_SPECS.membership,
      data.memberships.map(({ personId, organisationId, ...p }) => ({ from: personId, to: organisationId, props: p })),
    ],
    [
      REL_SPECS.skillHolding,
      data.skillHoldings.map(({ personId, skillId, ...p }) => ({ from: personId, to: skillId, props: p })),
    ],
    [
      REL_SPECS.participation,
      data.participations.map(({ personId, projectId, ...p }) => ({ from: personId, to: projectId, props: p })),
    ],
    [
      REL_SPECS.tie,
      data.ties.map(({ personId, otherPersonId, ...p }) => ({ from: personId, to: otherPersonId, props: p })),
    ],
    [
      REL_SPECS.need,
      data.needs.map(({ organisationId, skillId, ...p }) => ({ from: organisationId, to: skillId, props: p })),
    ],
    [
      REL_SPECS.lead,
      data.projectOrganisations
        .filter((r) => r.role === 'lead')
        .map((r) => ({ from: r.organisationId, to: r.projectId, props: {} })),
    ],
    [
      REL_SPECS.partner,
      data.projectOrganisations
        .filter((r) => r.role === 'partner')
        .map((r) => ({ from: r.organisationId, to: r.projectId, props: {} })),
    ],
  ];
  for (const [spec, rows] of rels) {
    const prepared = rows.map((row, i) => ({
      ...row,
      props: toParams(parse(spec.schema, row.props, `${spec.type}[${i}]`)),
    }));
    await loadRels(db, spec, prepared, progress);
  }
  // A dataset load may change anything: every process's in-memory network reads everything again.
  await db.write((tx) => recordChange(tx, { scope: 'all' }));
}

async function loadRels(
  db: Db,
  spec: Pick<RelSpec, 'type' | 'from' | 'to'>,
  rows: { from: string; to: string; props: Record<string, unknown> }[],
  progress: LoadProgress,
) {
  const identifiers = { type: spec.type, from: spec.from, to: spec.to };
  await inBatches(
    rows,
    (batch) => db.write(async (tx) => void (await tx.run('dataset-load-rels', { rows: batch }, identifiers))),
    (n) => progress(spec.type, n, rows.length),
  );
}
