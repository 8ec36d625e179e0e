import { describe, expect, it } from 'vitest';
import { appendPage } from '../../client/src/details/show-more.ts';
import { NO_INSETS, needsInsets, viewportInto } from '../../client/src/graph/insets.ts';
import { nextInDirection, type Candidate } from '../../client/src/graph/keyboard-nav.ts';

const c = (key: string, x: number, y: number, neighbour = true): Candidate => ({ key, x, y, neighbour });

describe('arrow-key movement', () => {
  const around = [c('right', 100, 0), c('left', -100, 10), c('up', 5, -80), c('down', 0, 120), c('far-right', 300, 0)];

  it('goes to the nearest node in each direction', () => {
    const from = { x: 0, y: 0 };
    expect(nextInDirection(from, around, 'right')).toBe('right');
    expect(nextInDirection(from, around, 'left')).toBe('left');
    expect(nextInDirection(from, around, 'up')).toBe('up');
    expect(nextInDirection(from, around, 'down')).toBe('down');
  });

  it('prefers a node straight ahead to a nearer one off to the side, and ignores nodes outside the cone', () => {
    expect(nextInDirection({ x: 0, y: 0 }, [c('diagonal', 60, 50), c('ahead', 120, 0)], 'right')).toBe('ahead');
    expect(nextInDirection({ x: 0, y: 0 }, [c('beside', 10, 100)], 'right')).toBeNull();
    expect(nextInDirection({ x: 0, y: 0 }, [c('behind', -10, 0)], 'right')).toBeNull();
  });

  it('prefers the selected node’s neighbours to closer strangers', () => {
    expect(nextInDirection({ x: 0, y: 0 }, [c('stranger', 50, 0, false), c('friend', 200, 0)], 'right')).toBe('friend');
    expect(nextInDirection({ x: 0, y: 0 }, [c('stranger', 50, 0, false)], 'right')).toBe('stranger');
  });
});

describe('fitting beside panels', () => {
  const bb = { x1: 0, y1: 0, x2: 400, y2: 200 };
  const size = { width: 1000, height: 600 };
  const limits = { min: 0.1, max: 1.2 };

  it('centres the picture in the part of the canvas a left panel leaves free', () => {
    const { zoom, pan } = viewportInto(bb, size, { ...NO_INSETS, left: 300 }, 40, limits);
    // Free width 1000 - 300 - 80 = 620; free height 600 - 80 = 520: width-bound, capped at 1.2.
    expect(zoom).toBeCloseTo(1.2);
    expect(pan.x + zoom * bb.x1).toBeGreaterThanOrEqual(300 + 40 - 0.001);
    expect(pan.x + zoom * bb.x2).toBeLessThanOrEqual(1000 - 40 + 0.001);
    expect(pan.x + zoom * 200).toBeCloseTo(300 + 40 + 310);
  });

  it('zooms out to fit a wide picture, and ignores a panel that leaves almost no room', () => {
    const wide = { x1: 0, y1: 0, x2: 2000, y2: 100 };
    const fitted = viewportInto(wide, size, { ...NO_INSETS, left: 300 }, 40, limits);
    expect(fitted.zoom).toBeCloseTo(620 / 2000);
    const narrow = viewportInto(wide, { width: 400, height: 600 }, { ...NO_INSETS, left: 300 }, 40, limits);
    expect(narrow.zoom).toBeCloseTo(320 / 2000);
  });

  it('asks for the slower fit only when a panel reaches in past the padding', () => {
    expect(needsInsets(NO_INSETS, 48)).toBe(false);
    expect(needsInsets({ ...NO_INSETS, left: 306 }, 48)).toBe(true);
  });
});

describe('show more', () => {
  const page = (names: string[], hasNextPage: boolean) => ({
    totalCount: 5,
    pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c' : null },
    nodes: names.map((name) => ({ name })),
  });

  it('appends the next page of one list and leaves the rest alone', () => {
    const prev = { organisation: { id: 'o', members: page(['a', 'b'], true), needs: page(['x'], false) } };
    const next = { organisation: { id: 'o', members: page(['c', 'd', 'e'], false) } };
    const merged = appendPage(prev, next, 'organisation', 'members');
    expect(merged.organisation.members.nodes.map((n) => n.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(merged.organisation.members.pageInfo.hasNextPage).toBe(false);
    expect(merged.organisation.needs).toBe(prev.organisation.needs);
    expect(prev.organisation.members.nodes).toHaveLength(2);
  });

  it('keeps the previous answer when the page is missing', () => {
    const prev = { person: { id: 'p', ties: page(['a'], true) } };
    expect(appendPage(prev, { person: null }, 'person', 'ties')).toBe(prev);
    expect(appendPage(prev, undefined, 'person', 'ties')).toBe(prev);
  });
});
