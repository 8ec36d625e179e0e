/**
 * A small drawing of a kind's canvas shape in its colour, so search results, the legend and the
 * details panel speak the same visual language as the map.
 */
import type { NodeKind, Sector } from '../gql/graphql.ts';
import { KIND_VISUALS, nodeColour, outlineColour, type NodeShape } from '../graph/palette.ts';

const PATHS: Record<NodeShape, string> = {
  ellipse: 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
  'round-rectangle': 'M4 2.5h8a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2z',
  'round-diamond': 'M8 1.2l6.4 6.1a1 1 0 0 1 0 1.4L8 14.8 1.6 8.7a1 1 0 0 1 0-1.4z',
  'round-hexagon': 'M4.6 2h6.8l3.4 6-3.4 6H4.6L1.2 8z',
};

interface Props {
  kind: NodeKind;
  sector?: Sector | null;
  size?: number;
  colour?: string;
}

export function KindIcon({ kind, sector, size = 16, colour }: Props) {
  const fill = colour ?? nodeColour(kind, sector);
  const stroke = outlineColour(fill) === '#ffffff' ? 'none' : outlineColour(fill);
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[KIND_VISUALS[kind].shape]} fill={fill} stroke={stroke} strokeWidth={1} strokeLinejoin="round" />
    </svg>
  );
}
