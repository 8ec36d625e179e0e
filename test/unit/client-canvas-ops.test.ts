import { describe, expect, it } from 'vitest';
import { zoomToContain } from '../../client/src/graph/canvas-ops.ts';

describe('keeping the reader’s place after a layout switch', () => {
  const at = { x: 400, y: 300 };

  it('leaves the zoom alone when the new picture fits', () => {
    expect(zoomToContain(at, { x1: 100, x2: 700, y1: 100, y2: 500 }, 800, 600)).toBe(1);
  });

  it('zooms out around the anchor just enough for the widest overflow', () => {
    // 760 px to the left of the anchor but only 360 px of room (400 − 40): zoom by 360/760.
    const factor = zoomToContain(at, { x1: -360, x2: 700, y1: 100, y2: 500 }, 800, 600);
    expect(factor).toBeCloseTo(360 / 760, 6);
    // After zooming, every side is inside the padded viewport.
    expect(at.x - (at.x - -360) * factor).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(zoomToContain(at, { x1: 100, x2: 700, y1: 100, y2: 1160 }, 800, 600)).toBeCloseTo(260 / 860, 6);
  });
});
