import { describe, expect, it } from 'vitest';
import { deadline, DeadlineExceeded } from '../../server/shared/deadline.ts';

describe('a deadline for work that answers a request', () => {
  it('refuses once its time has passed', () => {
    let t = 0;
    const check = deadline(2_000, 'too long', () => t);
    t = 1_999;
    expect(() => check()).not.toThrow();
    t = 2_001;
    expect(() => check()).toThrow(DeadlineExceeded);
  });

  it('refuses at once when the steps done say the rest cannot finish in time', () => {
    let t = 0;
    const check = deadline(2_000, 'too long', () => t);
    // 8 of 100 steps in 400 ms: about 5 s in all, far past the deadline, refused at 0.4 s.
    t = 400;
    expect(() => check(8, 100)).toThrow(new DeadlineExceeded('too long'));
  });

  it('lets work go on that fits, or whose sample is too small to tell', () => {
    let t = 0;
    const check = deadline(2_000, 'too long', () => t);
    t = 100;
    expect(() => check(8, 100)).not.toThrow(); // about 1.25 s in all
    expect(() => check(2, 1_000)).not.toThrow(); // two steps say little
    t = 5;
    const quick = deadline(2_000, 'too long', () => t);
    t = 15;
    expect(() => quick(8, 10_000)).not.toThrow(); // 10 ms: too short to judge
    // Just over the deadline by the projection, within the margin (1.25×): the deadline decides.
    t = 0;
    const near = deadline(2_000, 'too long', () => t);
    t = 180;
    expect(() => near(8, 100)).not.toThrow();
  });
});
