/**
 * The assets worker threads (runner.ts): a thread made to exit when idle (the analysis worker)
 * ends once its last answer is in, holding nothing, and the next call starts a new thread that is
 * given the data again; the interactive worker stays.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AssetsWorker } from '../../server/features/assets/runner.ts';
import { compileNetwork } from '../../server/graph/network.ts';
import { snapshotFromDataset } from '../reference/snapshot.ts';
import { demoDataset } from '../../seed/demo/index.ts';

const snapshot = snapshotFromDataset(demoDataset, '2026-11-24');
const current = { version: 1, snapshot, network: compileNetwork(snapshot) };
const organisationId = demoDataset.organisations[0]!.id;
const ask = (worker: AssetsWorker) =>
  worker.call<{ members: number }>(current, 'organisation', { organisationId, hops: 1 });

describe('assets worker threads', () => {
  const idle = new AssetsWorker({ exitWhenIdle: true });
  const staying = new AssetsWorker();
  afterAll(() => Promise.all([idle.stop(), staying.stop()]));

  it('ends an exit-when-idle thread after its answers, and starts it again with the data', async () => {
    const [a, b] = await Promise.all([ask(idle), ask(idle)]);
    expect(a.members).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(idle.running).toBe(false);
    expect(await ask(idle)).toEqual(a); // a new thread, sent the network again
    expect(idle.running).toBe(false);
  });

  it('keeps the interactive thread', async () => {
    const a = await ask(staying);
    expect(staying.running).toBe(true);
    await staying.stop();
    expect(await ask(staying)).toEqual(a); // after a stop, the next call's thread gets the data
  });
});
