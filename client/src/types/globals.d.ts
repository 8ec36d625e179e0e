import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Test hook only: browser tests read the drawn graph (e.g. `cy.nodes().length`). */
    __tsunagari?: { cy: Core };
  }
}

export {};
