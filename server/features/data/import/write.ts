/**
 * Writes a validated plan: nodes, then the skill hierarchy, then relationships, in batches of
 * UNWIND. A small import runs in one transaction (all or nothing); a large one commits batch by
 * batch, and because every write is an upsert by id, running the same import again after an
 * interruption completes it (docs/import-format.md).
 */
import { dateParam } from '../../../db/convert.ts';
import type { Db, Tx } from '../../../db/driver.ts';
import { bookkeeping, combine, recordChange, type Change } from '../../../graph/changes.ts';
import type { Plan, Props, RelWrite } from './plan.ts';

/** Up to this many writes the whole import is one transaction. */
export const ATOMIC_LIMIT = 20_000;
export const BATCH_SIZE = 5_000;

export interface Progress {
  (step: string, done: number, total: number): void;
}

function typed(props: Props, dateFields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const field of dateFields) if (typeof out[field] === 'string') out[field] = dateParam(out[field] as string);
  return out;
}

interface Step {
  name: string;
  statement: string;
  identifiers: Record<string, string>;
  rows: Record<string, unknown>[];
}

function steps(plan: Plan): Step[] {
  const out: Step[] = plan.nodes.map(({ kind, rows }) => ({
    name: kind,
    statement: 'import-nodes',
    identifiers: { label: kind },
    rows: rows.map((r) => ({ id: r.id, props: typed(r.props, r.dateFields) })),
  }));
  out.push({ name: 'BROADER', statement: 'import-skill-broader', identifiers: {}, rows: plan.broader });
  const relRow = (r: RelWrite) => ({
    from: r.from,
    to: r.to,
    create: typed(r.create, r.dateFields),
    update: typed(r.update, r.dateFields),
  });
  for (const group of plan.rels) {
    if (!group.undirected) {
      const identifiers = { type: group.type, from: group.from, to: group.to };
      out.push({ name: group.type, statement: 'import-rels', identifiers, rows: group.rows.map(relRow) });
      continue;
    }
    // Ties: new ones are plain CREATEs, stored ones (found in either direction) are updated.
    const fresh = group.rows.filter((r) => !r.stored);
    const stored = group.rows.filter((r) => r.stored);
    out.push({ name: group.type, statement: 'import-ties-create', identifiers: {}, rows: fresh.map(relRow) });
    out.push({ name: group.type, statement: 'import-ties', identifiers: {}, rows: stored.map(relRow) });
  }
  out.push({ name: 'ALIAS', statement: 'import-aliases', identifiers: {}, rows: plan.aliases });
  return out.filter((s) => s.rows.length > 0);
}

export const planSize = (plan: Plan): number => steps(plan).reduce((n, s) => n + s.rows.length, 0);

/** How a batched import records its run (runs.ts). */
export interface RunRecord {
  id: string;
  source: string;
  fingerprint: string;
  /** The organisation it imports for; null for the whole network (an administrator or the CLI). */
  organisation: string | null;
}

/**
 * Writes the plan. Returns how many earlier interrupted runs of the same bundle this one finished
 * (always 0 for a small, atomic import, which never leaves a run behind).
 */
export async function writePlan(db: Db, plan: Plan, progress: Progress = () => {}, run?: RunRecord): Promise<number> {
  const all = steps(plan);
  const total = all.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  const runBatches = async (step: Step, run: (batch: Record<string, unknown>[]) => Promise<void>) => {
    for (let i = 0; i < step.rows.length; i += BATCH_SIZE) {
      const batch = step.rows.slice(i, i + BATCH_SIZE);
      await run(batch);
      done += batch.length;
      progress(step.name, done, total);
    }
  };
  // Every transaction records one change naming the people it wrote (or the shared tables), so
  // every process's in-memory network applies it as a delta (server/graph/changes.ts).
  const inTx = (tx: Tx, step: Step) => async (batch: Record<string, unknown>[]) => {
    await tx.run(step.statement, { rows: batch }, step.identifiers);
  };
  if (total <= ATOMIC_LIMIT) {
    await db.write(async (tx) => {
      done = 0; // a retried transaction starts over
      for (const step of all) await runBatches(step, inTx(tx, step));
      await recordChange(tx, combine(all.map((step) => changeOf(step, step.rows))));
    });
    return 0;
  }
  const batchTx = (tx: Tx, step: Step, batch: Record<string, unknown>[]) =>
    inTx(tx, step)(batch).then(() => recordChange(tx, changeOf(step, batch)));
  if (!run) {
    for (const step of all) await runBatches(step, (batch) => db.write((tx) => batchTx(tx, step, batch)));
    return 0;
  }
  // Batch by batch: the run's count moves in the batch's own transaction.
  await bookkeeping(db, (tx) => tx.run('import-run-start', { ...run, total }));
  for (const step of all)
    await runBatches(step, (batch) =>
      db.write(async (tx) => {
        await batchTx(tx, step, batch);
        await tx.run('import-run-progress', { id: run.id, done: done + batch.length });
      }),
    );
  const [finished] = await bookkeeping(db, (tx) =>
    tx.run('import-run-finish', { id: run.id, fingerprint: run.fingerprint }),
  );
  return Number(finished?.finishedEarlier ?? 0);
}

/**
 * What writing `rows` of a step changes in the in-memory network: the people whose rows it wrote
 * (a person, their ties, memberships, skills), or the shared tables (organisations, skills,
 * projects and their members, needs, the skill hierarchy). Aliases change nothing it holds.
 */
function changeOf(step: Step, rows: Record<string, unknown>[]): Change {
  const ids = (key: 'id' | 'from' | 'to') => rows.map((r) => String(r[key]));
  switch (step.statement) {
    case 'import-nodes':
      return step.identifiers.label === 'Person' ? { scope: 'people', people: ids('id') } : { scope: 'shared' };
    case 'import-ties-create':
    case 'import-ties':
      return { scope: 'people', people: [...ids('from'), ...ids('to')] };
    case 'import-rels': {
      const { type, from, to } = step.identifiers;
      const people = [...(from === 'Person' ? ids('from') : []), ...(to === 'Person' ? ids('to') : [])];
      return { scope: type === 'WORKED_ON' || people.length === 0 ? 'shared' : 'people', people };
    }
    case 'import-aliases':
      return { scope: 'none' };
    default:
      return { scope: 'shared' };
  }
}
