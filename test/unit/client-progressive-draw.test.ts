/**
 * A large picture laid out before it is drawn (GraphCanvas, off-thread-layout.ts): the worker gets
 * node boxes computed from the data, the viewport is fitted from the positions before the first
 * paint, and the nodes are drawn a frame before their links. Each shortcut must give what
 * Cytoscape itself would have given; checked here on a headless Cytoscape with the real styles.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyPlan, fittedViewport, fitTo, nodesThenEdges, planElements } from '../../client/src/graph/canvas-ops.ts';
import { toElements, type GraphData } from '../../client/src/graph/elements.ts';
import { PATH_HIGHLIGHT_CLASS } from '../../client/src/graph/path-overlay.ts';
import { INTRODUCTION_EDGE, PATH_FADED_CLASS } from '../../client/src/graph/path-overlay.ts';
import {
  FOCUS_CLASS,
  FOCUS_FADED_CLASS,
  graphStyle,
  largeGraphStyle,
  largeNodeBox,
} from '../../client/src/graph/style.ts';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';

const headless = (): Core => cytoscape({ headless: true, styleEnabled: true, style: largeGraphStyle });

/** The synthetic graph's elements, its nodes at every depth from the first (the centre). */
function picture(nodes: number, edges: number): ElementDefinition[] {
  const graph = syntheticGraph(nodes, edges);
  const spread: GraphData = { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, depth: Math.min(i, 1 + (i % 3)) })) };
  return toElements(spread, { centre: graph.nodes[0]!.key, language: 'ja', today: '2026-12-07' });
}

/** Every element's id, data and (for nodes) position: what a reader would see drawn. */
function drawn(cy: Core) {
  return cy
    .elements()
    .map((e) => ({ id: e.id(), data: e.data(), at: e.isNode() ? { ...(e as NodeSingular).position() } : null }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function positionsOf(defs: readonly ElementDefinition[]): Map<string, { x: number; y: number }> {
  const at = new Map<string, { x: number; y: number }>();
  defs.forEach((d, i) => d.group === 'nodes' && at.set(String(d.data.id), { x: (i * 37) % 900, y: (i * 53) % 700 }));
  return at;
}

// Headless Cytoscape styles hundreds of elements per test: seconds on a loaded CI machine.
describe('a large picture laid out before it is drawn', { timeout: 30_000 }, () => {
  it('knows every node’s box from its size, as Cytoscape measures it, whatever marks the node wears', () => {
    const cy = headless();
    const defs = picture(300, 600);
    cy.add(defs);
    cy.nodes().slice(0, 10).select();
    cy.nodes().slice(10, 20).addClass(PATH_HIGHLIGHT_CLASS);
    cy.nodes().slice(20, 30).addClass(FOCUS_CLASS);
    cy.nodes().slice(30, 40).data('expanded', 1);
    const sizes = new Set<number>();
    cy.nodes().forEach((node) => {
      const size = Number(node.data('size'));
      sizes.add(size);
      expect([node.id(), node.outerWidth(), node.outerHeight()]).toEqual([
        node.id(),
        largeNodeBox(size),
        largeNodeBox(size),
      ]);
    });
    // The centre and every depth's size were among them.
    expect(sizes.size).toBe(4);
  });

  it('styles every element of a large picture as the ordinary stylesheet with the large overrides did', () => {
    // The large stylesheet as it was written before it was trimmed: every ordinary rule, then these.
    const overridden = [
      ...graphStyle,
      {
        selector: 'node',
        style: {
          'transition-duration': 0,
          'text-background-opacity': 0,
          'min-zoomed-font-size': 14,
          'border-width': 1,
        },
      },
      { selector: 'node[centre = 1]', style: { 'min-zoomed-font-size': 0, 'text-background-opacity': 0.9 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'transition-duration': 0 } },
      { selector: 'node:selected', style: { 'min-zoomed-font-size': 0, 'text-background-opacity': 0.9 } },
    ] as typeof graphStyle;
    const base = picture(200, 500);
    const [a, b, c] = base.slice(0, 3).map((d) => String(d.data.id));
    const defs: ElementDefinition[] = [
      ...base,
      { group: 'edges', data: { id: 'intro', source: a, target: b, type: INTRODUCTION_EDGE } },
      { group: 'edges', data: { id: 'intro-declared', source: a, target: c, type: INTRODUCTION_EDGE, declared: 1 } },
    ];
    const [old, trimmed] = [overridden, largeGraphStyle].map((style) => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style });
      cy.add(defs);
      // Every mark a large picture can wear: selection, focus, an introduction path.
      const nodes = cy.nodes();
      nodes.slice(0, 5).select();
      nodes.slice(0, 5).connectedEdges().addClass('selected-edge');
      nodes.slice(5, 15).addClass(FOCUS_CLASS);
      nodes.slice(15, 40).addClass(FOCUS_FADED_CLASS);
      cy.edges().slice(0, 20).addClass(FOCUS_FADED_CLASS);
      nodes.slice(40, 45).addClass(PATH_HIGHLIGHT_CLASS);
      cy.edges().slice(20, 30).addClass(PATH_HIGHLIGHT_CLASS);
      nodes.slice(45, 90).addClass(PATH_FADED_CLASS);
      cy.edges().slice(30, 90).addClass(PATH_FADED_CLASS);
      nodes.slice(90, 95).data('expanded', 1);
      return cy;
    });
    const shown = (style: Record<string, string>) =>
      Object.fromEntries(Object.entries(style).filter(([name]) => !name.startsWith('transition')));
    let compared = 0;
    old!.elements().forEach((ele) => {
      expect([ele.id(), shown(trimmed!.getElementById(ele.id()).style())]).toEqual([ele.id(), shown(ele.style())]);
      compared++;
    });
    expect(compared).toBe(defs.length);
  });

  it('fits the viewport from the positions as fitTo does from Cytoscape’s bounding boxes', () => {
    const defs = picture(400, 1200).map((d) => (d.group === 'nodes' ? { ...d, data: { ...d.data, label: '' } } : d));
    const at = positionsOf(defs);
    for (const [width, height] of [
      [1280, 720],
      [390, 600],
    ] as const) {
      const cy = headless();
      Object.assign(cy, { width: () => width, height: () => height });
      cy.add(defs.map((d) => (d.group === 'nodes' ? { ...d, position: at.get(String(d.data.id))! } : d)));
      const predicted = fittedViewport(cy, at, defs);
      fitTo(cy, cy.elements(), 48, undefined, false);
      expect(predicted.zoom).toBeCloseTo(cy.zoom(), 6);
      expect(predicted.pan.x).toBeCloseTo(cy.pan().x, 4);
      expect(predicted.pan.y).toBeCloseTo(cy.pan().y, 4);
    }
  });

  it('draws the nodes in their places first and their links after, ending where one step would', () => {
    const before = picture(120, 300);
    const after = picture(200, 500).map((d) =>
      d.group === 'nodes' && String(d.data.id).endsWith('1') ? { ...d, data: { ...d.data, depth: 3 } } : d,
    );
    const at = positionsOf(after);
    const [stepwise, atOnce] = [headless(), headless()];
    for (const cy of [stepwise, atOnce]) cy.add(before);

    const plan = planElements(stepwise, after);
    expect(planElements(atOnce, after)).toEqual(plan);
    expect(plan.changed).toBe(true);
    expect(plan.nodes).toBe(after.filter((d) => d.group === 'nodes').length);
    expect(plan.diff.update.length).toBeGreaterThan(0);
    expect(plan.added.length).toBeGreaterThan(0);

    const [nodesFirst, edgesAfter] = nodesThenEdges(plan);
    applyPlan(stepwise, nodesFirst, at);
    // First step: every node, each at its place; no link added yet, the ones kept still there.
    expect(stepwise.nodes().length).toBe(plan.nodes);
    for (const id of plan.added) expect(stepwise.getElementById(id).position()).toEqual(at.get(id));
    expect(edgesAfter.diff.add.length).toBeGreaterThan(0);
    const later = new Set(edgesAfter.diff.add.map((d) => String(d.data.id)));
    expect(stepwise.edges().filter((e) => later.has(e.id())).length).toBe(0);
    expect(stepwise.edges().length).toBe(after.filter((d) => d.group === 'edges').length - later.size);
    applyPlan(stepwise, edgesAfter);
    applyPlan(atOnce, plan, at);
    expect(drawn(stepwise)).toEqual(drawn(atOnce));
    expect(planElements(stepwise, after).changed).toBe(false);
  });

  it('plans a picture that drops nodes as removals, counting the nodes that stay', () => {
    const cy = headless();
    cy.add(picture(200, 500));
    const smaller = picture(80, 150);
    const plan = planElements(cy, smaller);
    expect(plan.added).toEqual([]);
    expect(plan.kept).toBe(80);
    expect(plan.nodes).toBe(80);
    applyPlan(cy, plan);
    expect(drawn(cy).map((e) => e.id)).toEqual(smaller.map((d) => String(d.data.id)).sort((a, b) => (a < b ? -1 : 1)));
  });
});
