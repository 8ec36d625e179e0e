import { describe, expect, it } from 'vitest';
import { insetChoices, NO_INSETS, needsInsets, viewportInto, type Overlays } from '../../client/src/graph/insets.ts';
import { byLabelPriority, labelsToHide, overlaps, type LabelCandidate } from '../../client/src/graph/label-priority.ts';
import { spiralOffset } from '../../client/src/graph/layout.ts';
import { hashString, mulberry32, withSeededRandom } from '../../client/src/graph/seeded-random.ts';
import { EMPTY_VIEW, layoutSeed, parseView } from '../../client/src/view/url-state.ts';

describe('seeded layout randomness', () => {
  it('hashes a string to the same 32-bit seed every time, and different strings apart', () => {
    expect(hashString('Person:p001|2|200')).toBe(hashString('Person:p001|2|200'));
    expect(hashString('')).toBe(0x811c9dc5);
    // FNV-1a's published test vector.
    expect(hashString('a')).toBe(0xe40c292c);
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => hashString(`Person:p${i}|1|200`)));
    expect(seeds.size).toBe(1000);
  });

  it('draws the same sequence in [0, 1) for the same seed, and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const other = mulberry32(43);
    expect(Array.from({ length: 100 }, () => other())).not.toEqual(first);
    // Spread: ten bins of 10,000 draws each get roughly a tenth.
    const bins = new Array<number>(10).fill(0);
    const g = mulberry32(7);
    for (let i = 0; i < 10_000; i++) bins[Math.floor(g() * 10)]!++;
    expect(Math.min(...bins)).toBeGreaterThan(900);
  });

  it('replaces Math.random only while the work runs, even when it throws', () => {
    const original = Math.random;
    const one = withSeededRandom('x', () => [Math.random(), Math.random()]);
    expect(withSeededRandom('x', () => [Math.random(), Math.random()])).toEqual(one);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom('x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });

  it('seeds from the network a view draws, not from the selection, layout or filters', () => {
    const view = parseView('?node=Person:p001&depth=2&sel=Organisation:o01&kinds=PERSON&exp=Person:p002');
    expect(layoutSeed(view)).toBe('Person:p001|2|200');
    expect(layoutSeed(parseView('?node=Person:p001&depth=2'))).toBe(layoutSeed(view));
    expect(layoutSeed(parseView('?node=Person:p001&depth=3'))).not.toBe(layoutSeed(view));
    expect(layoutSeed(EMPTY_VIEW)).toBe('');
  });

  it('spreads newcomers on a sunflower spiral: no two closer than the first ring', () => {
    const points = Array.from({ length: 30 }, (_, i) => spiralOffset(i));
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(30);
    expect(Math.hypot(points[0]!.x, points[0]!.y)).toBeCloseTo(40, 6);
  });
});

const box = (x1: number, y1: number, w: number, h: number) => ({ x1, y1, x2: x1 + w, y2: y1 + h });
/** A node of size 20 at (x, y) with a 60 × 14 name centred below it. */
const at = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  body: box(x - 10, y - 10, 20, 20),
  label: box(x - 30, y + 12, 60, 14),
  pinned: false,
  depth: 1,
  degree: 1,
  ...extra,
});

describe('label priority', () => {
  it('keeps the names that do not collide', () => {
    expect([...labelsToHide([at('a', 0, 0), at('b', 200, 0), at('c', 0, 200)])]).toEqual([]);
  });

  it('hides the lesser of two overlapping names: pinned, then nearer the centre, then more links, then key', () => {
    expect([...labelsToHide([at('a', 0, 0), at('b', 30, 30, { pinned: true })])]).toEqual(['a']);
    expect([...labelsToHide([at('a', 0, 0, { depth: 2, degree: 50 }), at('b', 30, 30)])]).toEqual(['a']);
    expect([...labelsToHide([at('a', 0, 0, { degree: 2 }), at('b', 30, 30, { degree: 9 })])]).toEqual(['a']);
    expect([...labelsToHide([at('b', 0, 0), at('a', 30, 30)])]).toEqual(['b']);
  });

  it('hides a name that would cover another node, unless it is pinned', () => {
    // b's body sits right under a's name.
    const a = at('a', 0, 0);
    const b = { ...at('b', 0, 19), label: box(300, 300, 10, 10) };
    expect([...labelsToHide([a, b])]).toEqual(['a']);
    expect([...labelsToHide([{ ...a, pinned: true }, b])]).toEqual([]);
  });

  it('never lets two shown names overlap, whatever the crowd', () => {
    const crowd = Array.from({ length: 150 }, (_, i) =>
      at(`n${i}`, (i * 37) % 900, (i * 53) % 600, { depth: 1 + (i % 3), degree: i % 7 }),
    );
    const hidden = labelsToHide(crowd);
    const shown = crowd.filter((c) => !hidden.has(c.id));
    expect(shown.length).toBeGreaterThan(5);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i]!.label, shown[j]!.label)).toBe(false);
    // Greedy in priority order: every hidden name collides with a shown one of higher priority or a body.
    for (const c of crowd.filter((x) => hidden.has(x.id)))
      expect(
        shown.some((s) => byLabelPriority(s, c) < 0 && overlaps(s.label, c.label, 2)) ||
          crowd.some((o) => o.id !== c.id && overlaps(c.label, o.body)),
      ).toBe(true);
  });
});

describe('a legend in the corner', () => {
  const size = { width: 1000, height: 700 };
  const limits = { min: 0.1, max: 5 };
  const legend: Overlays = {
    ...NO_INSETS,
    corners: [{ vertical: 'bottom', horizontal: 'left', width: 300, height: 200 }],
  };

  it('is kept clear along either edge: two ways', () => {
    expect(insetChoices(legend)).toEqual([
      { ...NO_INSETS, left: 300 },
      { ...NO_INSETS, bottom: 200 },
    ]);
    expect(needsInsets(legend, 48)).toBe(true);
  });

  it('takes the edge that costs less zoom, and the picture then stays off the legend', () => {
    for (const bb of [box(0, 0, 1000, 200), box(0, 0, 200, 1000)]) {
      const { zoom, pan } = viewportInto({ ...bb, w: 0, h: 0 } as never, size, legend, 40, limits);
      const drawn = {
        x1: bb.x1 * zoom + pan.x,
        x2: bb.x2 * zoom + pan.x,
        y1: bb.y1 * zoom + pan.y,
        y2: bb.y2 * zoom + pan.y,
      };
      expect(overlaps(drawn, { x1: 0, y1: 500, x2: 300, y2: 700 })).toBe(false);
      const bestEdge = Math.max(
        viewportInto(bb as never, size, { ...NO_INSETS, left: 300 }, 40, limits).zoom,
        viewportInto(bb as never, size, { ...NO_INSETS, bottom: 200 }, 40, limits).zoom,
      );
      expect(zoom).toBeCloseTo(bestEdge, 9);
    }
    // A wide picture gives up the bottom strip; a tall one the left strip.
    const wide = viewportInto(box(0, 0, 1000, 200) as never, size, legend, 40, limits);
    expect(wide.zoom).toBeCloseTo(920 / 1000, 6);
    const tall = viewportInto(box(0, 0, 200, 1000) as never, size, legend, 40, limits);
    expect(tall.zoom).toBeCloseTo(620 / 1000, 6);
  });
});
