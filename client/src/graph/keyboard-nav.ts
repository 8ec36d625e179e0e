/**
 * Arrow keys on the map: move the selection to the nearest node in that direction, preferring
 * the selected node's own neighbours (walking the network, not just the picture). A node counts
 * as "in that direction" inside a 60° cone either side, scored by distance along the arrow plus
 * twice the sideways distance, so a node straight ahead beats a nearer one off to the side.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_KEYS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export interface Candidate {
  key: string;
  x: number;
  y: number;
  neighbour: boolean;
}

const VECTORS: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
const CONE = Math.tan((60 * Math.PI) / 180);

/** The key of the best candidate in `direction` from `from`, or null when there is none. */
export function nextInDirection(
  from: { x: number; y: number },
  candidates: readonly Candidate[],
  direction: Direction,
) {
  const [dx, dy] = VECTORS[direction];
  let best: { key: string; rank: [number, number] } | null = null;
  for (const c of candidates) {
    const along = (c.x - from.x) * dx + (c.y - from.y) * dy;
    const across = Math.abs((c.x - from.x) * dy - (c.y - from.y) * dx);
    if (along <= 0 || across > along * CONE) continue;
    const rank: [number, number] = [c.neighbour ? 0 : 1, along + 2 * across];
    if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) {
      best = { key: c.key, rank };
    }
  }
  return best?.key ?? null;
}

/** The node an arrow key moves to from `selected` (or from the centre when nothing is selected). */
export function arrowTarget(cy: Core, selected: string | null, centre: string | null, direction: Direction) {
  const nodes = cy.nodes('[kind]');
  const from = [selected, centre]
    .map((k) => (k ? (cy.getElementById(k) as NodeSingular) : null))
    .find((n) => n?.nonempty());
  if (!from) return nodes.first().nonempty() ? nodes.first().id() : null;
  // With nothing selected, the first arrow selects the centre itself.
  if (!selected || from.id() !== selected) return from.id();
  const neighbours = new Set(from.neighborhood('node').map((n) => n.id()));
  const candidates = nodes
    .filter((n) => n.id() !== from.id())
    .map((n) => ({ key: n.id(), ...(n as NodeSingular).position(), neighbour: neighbours.has(n.id()) }));
  return nextInDirection(from.position(), candidates, direction);
}
