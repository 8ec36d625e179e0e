/**
 * How each kind looks, everywhere (canvas, legend, search results, details): colour AND shape,
 * so that colour is never the only cue. Colours are the Okabe–Ito palette, which stays
 * distinguishable for the common forms of colour blindness.
 */
import type { NodeKind, Sector } from '../gql/graphql.ts';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'round-diamond' | 'round-hexagon';

export interface KindVisual {
  colour: string;
  shape: NodeShape;
}

export const KINDS: readonly NodeKind[] = ['PERSON', 'ORGANISATION', 'SKILL', 'PROJECT'];

export const KIND_VISUALS: Readonly<Record<NodeKind, KindVisual>> = {
  PERSON: { colour: '#0072B2', shape: 'ellipse' },
  ORGANISATION: { colour: '#E69F00', shape: 'round-rectangle' },
  SKILL: { colour: '#009E73', shape: 'round-diamond' },
  PROJECT: { colour: '#CC79A7', shape: 'round-hexagon' },
};

export const SECTORS: readonly Sector[] = [
  'NPO',
  'GOVERNMENT',
  'COMPANY',
  'FOUNDATION',
  'ACADEMIA',
  'COMMUNITY',
  'OTHER',
];

/**
 * Organisations are coloured by sector (bridges between sectors are what connectors look for);
 * their rounded-rectangle shape still says "organisation" whatever the colour.
 */
export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  NPO: '#E69F00',
  GOVERNMENT: '#D55E00',
  COMPANY: '#56B4E9',
  FOUNDATION: '#F0E442',
  ACADEMIA: '#5B5B5B',
  COMMUNITY: '#F5C260',
  OTHER: '#A8A8A8',
};

export function nodeColour(kind: NodeKind, sector?: Sector | null): string {
  if (kind === 'ORGANISATION' && sector) return SECTOR_COLOURS[sector];
  return KIND_VISUALS[kind].colour;
}

/** Light fills (yellow, pale orange) need a darker outline to stand out on the white canvas. */
export function outlineColour(fill: string): string {
  const value = Number.parseInt(fill.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance > 0.7 ? '#8a7d2b' : '#ffffff';
}

/** The key as written by the server: `Person:p001` → kind PERSON, id p001. */
export function parseNodeKey(key: string): { kind: NodeKind; id: string } | null {
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1) return null;
  const kind = KEY_PREFIXES[key.slice(0, colon)];
  return kind ? { kind, id: key.slice(colon + 1) } : null;
}

const KEY_PREFIXES: Readonly<Record<string, NodeKind>> = {
  Person: 'PERSON',
  Organisation: 'ORGANISATION',
  Skill: 'SKILL',
  Project: 'PROJECT',
};
