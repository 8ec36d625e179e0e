// cytoscape-euler and cytoscape-svg ship no types: both are extensions registered with
// cytoscape.use(); cytoscape-svg adds `cy.svg()`.
declare module 'cytoscape-euler' {
  import type { Ext } from 'cytoscape';
  const euler: Ext;
  export default euler;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
