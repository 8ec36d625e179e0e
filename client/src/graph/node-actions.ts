/**
 * What can be done to a node on the map, and the keys that do it. The context menu, the details
 * panel's buttons and the keyboard all go through `runNodeAction`, so each intent is one code
 * path (view/use-explorer.ts holds the actions themselves).
 */
import type { ExplorerActions } from '../view/use-explorer.ts';
import type { GraphData } from './elements.ts';

export const NODE_ACTIONS = ['details', 'expand', 'collapse', 'hide', 'focus', 'centre'] as const;
export type NodeAction = (typeof NODE_ACTIONS)[number];

/** Single keys, active when a node is selected and nothing else has the keyboard. */
export const NODE_ACTION_KEYS: Readonly<Partial<Record<NodeAction, string>>> = {
  expand: 'E',
  collapse: 'C',
  hide: 'H',
  focus: 'F',
  centre: 'G',
};

export function actionForKey(key: string): NodeAction | null {
  const upper = key.toUpperCase();
  const found = Object.entries(NODE_ACTION_KEYS).find(([, k]) => k === upper);
  return found ? (found[0] as NodeAction) : null;
}

/** Neighbours of `key` that hang on it alone (no other link on the map): what collapsing folds. */
export function leavesOf(graph: GraphData | undefined, key: string, centre: string | null): string[] {
  if (!graph) return [];
  const degree = new Map<string, number>();
  const neighbours = new Set<string>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    if (e.source === key) neighbours.add(e.target);
    if (e.target === key) neighbours.add(e.source);
  }
  return [...neighbours].filter((n) => n !== centre && degree.get(n) === 1);
}

export function runNodeAction(
  action: NodeAction,
  key: string,
  context: { actions: ExplorerActions; graph: GraphData | undefined; centre: string | null },
): void {
  const { actions, graph, centre } = context;
  switch (action) {
    case 'details':
      return actions.selectNode(key);
    case 'expand':
      return actions.expandNode(key);
    case 'collapse':
      return actions.collapseNode(key, leavesOf(graph, key, centre));
    case 'hide':
      return actions.hideNode(key);
    case 'focus':
      return actions.toggleFocus(key);
    case 'centre':
      return actions.focusNode(key);
  }
}
