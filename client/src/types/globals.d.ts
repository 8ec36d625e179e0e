import type { Core } from 'cytoscape';
import type { GraphData } from '../graph/elements.ts';

declare global {
  interface Window {
    /** Test hook only: browser tests read the drawn graph (e.g. `cy.nodes().length`). */
    __tsunagari?: {
      cy: Core;
      large: boolean;
      layoutMs: number | null;
      /** Where the last layout ran, and how many the layout worker has computed (off-thread-layout.ts). */
      layoutBy?: 'worker' | 'main';
      workerLayouts?: number;
      /** The last worker layout's own computing time (from request received to answer sent). */
      workerMs?: number | null;
      /**
       * A large picture drawn in two steps (GraphCanvas): true from the nodes' first paint until
       * its links are added, a frame later.
       */
      linksPending?: boolean;
    };
    /** Benchmark hook only: draw this graph instead of asking the server (bench/browser.ts). */
    __tsunagariInject?: (graph: GraphData) => void;
  }
}

export {};
