/**
 * Runs a layout for GraphCanvas: on the main thread for ordinary pictures (fcose needs the names'
 * measured widths, which only the page can measure), and in the layout worker (layout.worker.ts)
 * for a large graph drawn afresh, whose names stay out of the layout. The worker answers with
 * positions and the page places the nodes with Cytoscape's `preset` layout, so the page keeps
 * painting while a 5,000-node layout runs. Either way the caller gets one `Layouts` object whose
 * `layoutstop` fires once the nodes are in place. Without workers (or if the worker fails) the
 * same layout runs on the main thread, seeded the same way.
 */
import type { Collection, Core, ElementDefinition, Layouts, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../view/url-state.ts';
import { LARGE_GRAPH, layoutOptions } from './layout.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-positions.ts';
import { withSeededRandom } from './seeded-random.ts';
import { largeNodeBox } from './style.ts';

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

/** The layout run on the main thread over `eles` (sorted by key), seeded by `seed`. */
export function mainThreadLayout(eles: Collection, name: LayoutName, options: RunOptions, seed: string): Layouts {
  const run = eles.layout(layoutOptions(name, options));
  const start = run.run.bind(run);
  run.run = () => {
    recordWhere('main');
    return withSeededRandom(seed, start);
  };
  return run;
}

/**
 * The layout to run over `eles` (sorted by key), seeded by `seed`. Call `run()` once; listen for
 * `layoutstop` with `one()`; `stop()` abandons it (a newer picture is on its way).
 */
export function prepareLayout(eles: Collection, name: LayoutName, options: RunOptions, seed: string): Layouts {
  const onMain = () => mainThreadLayout(eles, name, options, seed);
  if (!runsOffThread(name, options) || typeof Worker === 'undefined') return onMain();
  const ask = () => request(eles, name as 'fcose' | 'euler', seed, options.randomize);
  const place = (at: ReadonlyMap<string, Position>): Layouts =>
    eles.layout({
      name: 'preset',
      positions: (node: NodeSingular) => at.get(node.id()) ?? node.position(),
      animate: false,
      fit: options.fit,
      padding: 48,
    } as LayoutOptions);
  const cy = eles.nodes().first().cy();
  return new OffThreadLayout(ask, place, onMain, () => cy.destroyed()) as unknown as Layouts;
}

/** Whether a new picture can be laid out before it is drawn (layoutBeforeDrawing). */
export function laysOutBeforeDrawing(name: LayoutName, nodes: number): boolean {
  return runsOffThread(name, { nodes, randomize: true, animate: false, fit: true }) && typeof Worker !== 'undefined';
}

/**
 * A new large picture, laid out before any of it is drawn: the worker computes the positions from
 * the element definitions alone (boxes from the nodes' sizes: style.ts largeNodeBox), then `draw`
 * puts every element on the canvas at its place in one batch, so Cytoscape computes styles and
 * paints once, for the finished picture, instead of painting the unplaced graph while the worker
 * runs and then moving 5,000 nodes one by one. `draw(null)` (no worker, or it failed) adds the
 * elements where they fall, and the layout then runs on the main thread (`onMain`).
 */
export function layoutBeforeDrawing(
  cy: Core,
  next: readonly ElementDefinition[],
  name: 'fcose' | 'euler',
  seed: string,
  draw: (at: ReadonlyMap<string, Position> | null) => void,
  onMain: () => Layouts,
): Layouts {
  return new OffThreadLayout(
    () => requestFromDefinitions(next, name, seed),
    (at) => {
      draw(at);
      return null;
    },
    () => {
      draw(null);
      return onMain();
    },
    () => cy.destroyed(),
  ) as unknown as Layouts;
}

function requestFromDefinitions(
  defs: readonly ElementDefinition[],
  layout: 'fcose' | 'euler',
  seed: string,
): LayoutRequest {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sizes = new Map<string, number>();
  const edges: [string, string, string][] = [];
  for (const { group, data } of defs) {
    if (group === 'nodes') sizes.set(String(data.id), Number(data.size));
    else edges.push([String(data.id), String(data.source), String(data.target)]);
  }
  // Sorted by key, as GraphCanvas sorts the drawn elements for a layout on the canvas.
  const nodes = [...sizes.keys()].sort(byId);
  edges.sort((a, b) => byId(a[0], b[0]));
  const boxes = new Float64Array(nodes.length * 2);
  nodes.forEach((id, i) => (boxes[2 * i] = boxes[2 * i + 1] = largeNodeBox(sizes.get(id)!)));
  return {
    id: nextId++,
    layout,
    seed,
    nodes,
    boxes,
    start: new Float64Array(nodes.length * 2),
    randomize: true,
    edges,
  };
}

type Position = { x: number; y: number };

/**
 * The parts of Cytoscape's `Layouts` that GraphCanvas uses (run, stop, one('layoutstop')) over a
 * worker's answer: `place` puts the nodes at the answer's positions (returning the layout that
 * does it, or null when they are already in place), `onMain` is the layout to run instead when
 * there is no answer.
 */
class OffThreadLayout {
  private readonly stopHandlers: (() => void)[] = [];
  private inner: Layouts | null = null;
  private stopped = false;
  private requestId = 0;

  constructor(
    private readonly ask: () => LayoutRequest,
    private readonly place: (at: ReadonlyMap<string, Position>) => Layouts | null,
    private readonly onMain: () => Layouts,
    private readonly gone: () => boolean,
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
    const ask = this.ask();
    this.requestId = ask.id;
    void positionsOffThread(ask).then((answer) => {
      if (this.stopped || this.gone()) return;
      if (!answer.positions) {
        this.start(this.onMain());
        return;
      }
      recordWhere('worker', answer.ms);
      const { positions } = answer;
      const at = new Map(ask.nodes.map((id, i) => [id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]));
      const placing = this.place(at);
      if (placing) this.start(placing);
      else this.finished();
    });
    return this;
  }

  private start(run: Layouts): void {
    this.inner = run;
    run.one('layoutstop', () => this.finished());
    run.run();
  }

  private finished(): void {
    for (const handler of this.stopHandlers) handler();
  }
}
