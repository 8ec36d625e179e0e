/**
 * Runs a layout for GraphCanvas: on the main thread for ordinary pictures (fcose needs the names'
 * measured widths, which only the page can measure), and in the layout worker (layout.worker.ts)
 * for a large graph drawn afresh, whose names stay out of the layout. The worker answers with
 * positions and the page places the nodes with Cytoscape's `preset` layout, so the page keeps
 * painting while a 5,000-node layout runs. Either way the caller gets one `Layouts` object whose
 * `layoutstop` fires once the nodes are in place. Without workers (or if the worker fails) the
 * same layout runs on the main thread, seeded the same way.
 */
import type { Collection, Layouts, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../view/url-state.ts';
import { LARGE_GRAPH, layoutOptions } from './layout.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-positions.ts';
import { withSeededRandom } from './seeded-random.ts';

type RunOptions = Parameters<typeof layoutOptions>[1];

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, (answer: LayoutAnswer) => void>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
    // A worker that cannot start (blocked, failed to load) sends error events: everything it
    // was asked goes back to the main thread, and so does everything after.
    worker.onerror = (event) => {
      event.preventDefault();
      for (const [id, answer] of pending) answer({ id, error: 'layout worker failed' });
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** A worker busy with a layout nobody wants any more is ended; the next request starts another. */
function abandon(id: number): void {
  if (!pending.delete(id) || !worker) return;
  worker.terminate();
  worker = undefined;
  for (const [other, answer] of pending) answer({ id: other, error: 'layout worker restarted' });
  pending.clear();
}

function positionsOffThread(request: LayoutRequest): Promise<LayoutAnswer> {
  const target = layoutWorker();
  if (!target) return Promise.resolve({ id: request.id, error: 'no layout worker' });
  return new Promise((resolve) => {
    pending.set(request.id, resolve);
    target.postMessage(request, [request.boxes.buffer, request.start.buffer]);
  });
}

function request(eles: Collection, layout: 'fcose' | 'euler', seed: string, randomize: boolean): LayoutRequest {
  const nodes = eles.nodes();
  const ids: string[] = [];
  const boxes = new Float64Array(nodes.length * 2);
  const start = new Float64Array(nodes.length * 2);
  nodes.forEach((node: NodeSingular, i) => {
    ids.push(node.id());
    // The box the main-thread layout would read (fcose/euler: width and height, border included).
    boxes[2 * i] = node.outerWidth();
    boxes[2 * i + 1] = node.outerHeight();
    const { x, y } = node.position();
    start[2 * i] = x;
    start[2 * i + 1] = y;
  });
  const edges = eles.edges().map((e) => [e.id(), e.source().id(), e.target().id()] as [string, string, string]);
  return { id: nextId++, layout, seed, nodes: ids, boxes, start, randomize, edges };
}

/** Whether this run goes to the worker: a large graph, a force layout, nothing pinned. */
export function runsOffThread(name: LayoutName, options: RunOptions): boolean {
  return options.nodes >= LARGE_GRAPH && name !== 'concentric' && (options.fixed ?? []).length === 0;
}

function recordWhere(where: 'worker' | 'main', workerMs?: number): void {
  const hook = window.__tsunagari;
  if (!hook) return;
  hook.layoutBy = where;
  hook.workerMs = workerMs ?? null;
  if (where === 'worker') hook.workerLayouts = (hook.workerLayouts ?? 0) + 1;
}

/**
 * The layout to run over `eles` (sorted by key), seeded by `seed`. Call `run()` once; listen for
 * `layoutstop` with `one()`; `stop()` abandons it (a newer picture is on its way).
 */
export function prepareLayout(eles: Collection, name: LayoutName, options: RunOptions, seed: string): Layouts {
  const onMain = (): Layouts => {
    const run = eles.layout(layoutOptions(name, options));
    const start = run.run.bind(run);
    run.run = () => {
      recordWhere('main');
      return withSeededRandom(seed, start);
    };
    return run;
  };
  if (!runsOffThread(name, options) || typeof Worker === 'undefined') return onMain();
  return new OffThreadLayout(eles, name as 'fcose' | 'euler', options, seed, onMain) as unknown as Layouts;
}

/** The parts of Cytoscape's `Layouts` that GraphCanvas uses: run, stop, one('layoutstop'). */
class OffThreadLayout {
  private readonly stopHandlers: (() => void)[] = [];
  private inner: Layouts | null = null;
  private stopped = false;
  private requestId = 0;

  constructor(
    private readonly eles: Collection,
    private readonly name: 'fcose' | 'euler',
    private readonly options: RunOptions,
    private readonly seed: string,
    private readonly onMain: () => Layouts,
  ) {}

  one(event: string, handler: () => void): this {
    if (event === 'layoutstop') this.stopHandlers.push(handler);
    return this;
  }

  stop(): this {
    this.stopped = true;
    if (this.inner) this.inner.stop();
    else abandon(this.requestId);
    return this;
  }

  run(): this {
    const ask = request(this.eles, this.name, this.seed, this.options.randomize);
    this.requestId = ask.id;
    void positionsOffThread(ask).then((answer) => {
      if (this.stopped || this.eles.nodes().first().cy().destroyed()) return;
      if (answer.positions) {
        recordWhere('worker', answer.ms);
        this.place(ask.nodes, answer.positions);
      } else {
        this.start(this.onMain());
      }
    });
    return this;
  }

  private place(ids: readonly string[], positions: Float64Array): void {
    const at = new Map(ids.map((id, i) => [id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]));
    const preset: LayoutOptions = {
      name: 'preset',
      positions: (node: NodeSingular) => at.get(node.id()) ?? node.position(),
      animate: false,
      fit: this.options.fit,
      padding: 48,
    } as LayoutOptions;
    this.start(this.eles.layout(preset));
  }

  private start(run: Layouts): void {
    this.inner = run;
    run.one('layoutstop', () => {
      for (const handler of this.stopHandlers) handler();
    });
    run.run();
  }
}
