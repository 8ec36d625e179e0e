/**
 * The canvas stylesheet. Colour, shape and size come from element data (see elements.ts), so the
 * stylesheet stays one short list of rules. Labels sit under their node on a soft white plate so
 * they read over edges; they disappear when zoomed too far out to be legible anyway.
 */
import type { StylesheetJson } from 'cytoscape';
import { LABEL_HIDDEN_CLASS } from './label-priority.ts';
import { INTRODUCTION_EDGE, PATH_FADED_CLASS, PATH_HIGHLIGHT_CLASS } from './path-overlay.ts';

export const FONT_STACK = '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif';

export const FOCUS_CLASS = 'focus-lit';
export const FOCUS_FADED_CLASS = 'focus-faded';

const INK = '#1f2933';
const EDGE = '#c3c8cf';
const TIE = '#7b8794';
const HALO = '#1f3a5f';

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      'border-color': 'data(outline)',
      'border-width': 2,
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': 11,
      color: INK,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'ellipsis',
      'text-max-width': '132px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.82,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 7,
      'transition-property': 'opacity, underlay-opacity',
      'transition-duration': 180,
    },
  },
  {
    selector: 'node[centre = 1]',
    style: {
      'font-size': 13,
      'font-weight': 'bold',
      'border-width': 3,
      'text-margin-y': 7,
      'text-max-width': '220px',
      'z-index': 10,
    },
  },
  {
    // Far nodes only name themselves once zoomed in (11px × zoom ≥ 12): a hairball of labels
    // helps nobody, and hovering or selecting still shows the name.
    selector: 'node[depth >= 2]',
    style: { 'font-size': 10, 'min-zoomed-font-size': 12 },
  },
  // A name that would overlap a more important one (label-priority.ts) steps aside; the rules
  // below bring it back for the selected and the hovered node.
  { selector: `node.${LABEL_HIDDEN_CLASS}`, style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': EDGE,
      'curve-style': 'straight',
      opacity: 0.42,
      'transition-property': 'opacity, line-color',
      'transition-duration': 180,
    },
  },
  { selector: 'edge[near = 1]', style: { opacity: 0.95 } },
  // Declared ties: width says how strong, opacity how recent the last contact (elements.ts).
  { selector: 'edge[type = "KNOWS"]', style: { 'line-color': TIE, opacity: 'data(recency)' as never } },
  { selector: 'edge[type = "BROADER"]', style: { 'line-style': 'dashed' } },
  {
    selector: 'node[expanded = 1]',
    style: { 'border-style': 'double', 'border-width': 5, 'border-color': INK },
  },
  {
    selector: 'node:selected',
    style: {
      'underlay-color': HALO,
      'underlay-opacity': 0.18,
      'underlay-padding': 9,
      'underlay-shape': 'ellipse',
      'border-color': HALO,
      'border-width': 3,
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
      'text-opacity': 1,
      'text-background-opacity': 0.82,
      'z-index': 20,
    },
  },
  {
    selector: 'node.hovered',
    style: {
      'text-max-width': '320px',
      'min-zoomed-font-size': 0,
      'text-opacity': 1,
      'text-background-opacity': 0.82,
      'z-index': 30,
    },
  },
  { selector: 'edge.hover-edge, edge.selected-edge', style: { 'line-color': HALO, opacity: 1, 'z-index': 5 } },
  { selector: 'node.faded', style: { opacity: 0.22, 'text-opacity': 0.35 } },
  { selector: 'edge.faded', style: { opacity: 0.1 } },
  { selector: `node.${LABEL_HIDDEN_CLASS}.faded`, style: { 'text-opacity': 0 } },
  // Focus mode: the focused node's neighbourhood stays, the rest steps back but stays legible.
  { selector: `node.${FOCUS_FADED_CLASS}`, style: { opacity: 0.14, 'text-opacity': 0 } },
  { selector: `edge.${FOCUS_FADED_CLASS}`, style: { opacity: 0.05 } },
  { selector: `node.${FOCUS_CLASS}`, style: { 'min-zoomed-font-size': 0, 'z-index': 25 } },
  // An introduction path (path-overlay.ts): besides colour, its people get a thick ring, a halo
  // and an always-shown name, its links get thick, and everything else recedes.
  {
    selector: `edge[type = "${INTRODUCTION_EDGE}"]`,
    style: { 'line-color': TIE, 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
  },
  { selector: `edge[type = "${INTRODUCTION_EDGE}"][declared = 1]`, style: { 'line-style': 'solid' } },
  { selector: `node.${PATH_FADED_CLASS}`, style: { opacity: 0.16, 'text-opacity': 0.25 } },
  { selector: `edge.${PATH_FADED_CLASS}`, style: { opacity: 0.06 } },
  {
    selector: `node.${PATH_HIGHLIGHT_CLASS}`,
    style: {
      'border-color': HALO,
      'border-width': 4,
      'underlay-color': HALO,
      'underlay-opacity': 0.16,
      'underlay-padding': 10,
      'underlay-shape': 'ellipse',
      // Not bold: Cytoscape keeps a label's measured width when a class changes its weight,
      // which would clip the name.
      color: HALO,
      'text-background-opacity': 1,
      'min-zoomed-font-size': 0,
      'z-index': 40,
    },
  },
  {
    selector: `edge.${PATH_HIGHLIGHT_CLASS}`,
    style: { 'line-color': HALO, width: 4, opacity: 1, 'z-index': 35 },
  },
];

/** Every node's ring in the large-graph drawing (set after every rule that sets another). */
const LARGE_BORDER_WIDTH = 1;

/**
 * A node's box in the large-graph drawing, from its data alone: what Cytoscape's `outerWidth()`
 * gives there (the size, plus the centred ring's half on each side), without computing its style.
 */
export const largeNodeBox = (size: number): number => size + LARGE_BORDER_WIDTH;

/** Rules of the ordinary drawing that never apply to a large one: hover effects and name priority are off there. */
const ORDINARY_ONLY = new Set([
  `node.${LABEL_HIDDEN_CLASS}`,
  'node.hovered',
  'node.faded',
  'edge.faded',
  `node.${LABEL_HIDDEN_CLASS}.faded`,
]);

/**
 * Properties the large drawing leaves at Cytoscape's defaults (no transitions, no name plates) or
 * sets once for every node at the end (when names show).
 */
const LARGE_DROPS = new Set([
  'transition-property',
  'transition-duration',
  'text-background-opacity',
  'min-zoomed-font-size',
]);

type Rule = StylesheetJson[number] & { selector: string; style: Record<string, unknown> };

/**
 * The stylesheet for large graphs (layout.ts LARGE_GRAPH): the ordinary rules without the ones
 * that cannot apply there and without transitions or name plates (Cytoscape computes every rule's
 * properties for each of 25,000 elements, so fewer is faster), haystack edges (the cheapest
 * Cytoscape draws), names only once zoomed in far enough to read them, and one ring width for
 * every node, near the end, so a node's box is known from its size (largeNodeBox).
 */
export const largeGraphStyle: StylesheetJson = [
  ...(graphStyle as Rule[])
    .filter((rule) => !ORDINARY_ONLY.has(rule.selector))
    .map((rule) => {
      const style = Object.fromEntries(Object.entries(rule.style).filter(([name]) => !LARGE_DROPS.has(name)));
      if (rule.selector === 'edge') Object.assign(style, { 'curve-style': 'haystack', 'haystack-radius': 0 });
      return { ...rule, style };
    })
    .filter((rule) => Object.keys(rule.style).length > 0),
  { selector: 'node', style: { 'border-width': LARGE_BORDER_WIDTH, 'min-zoomed-font-size': 14 } },
  // The centre and the selected node name themselves on a plate at any zoom.
  { selector: 'node[centre = 1], node:selected', style: { 'min-zoomed-font-size': 0, 'text-background-opacity': 0.9 } },
] as StylesheetJson;
