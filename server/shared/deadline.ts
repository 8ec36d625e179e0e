/**
 * Deadlines for in-process computations that answer a request (issue 14): the work checks
 * between its steps and stops with DeadlineExceeded, which the API answers as TOO_COSTLY.
 */
export class DeadlineExceeded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineExceeded';
  }
}

/** How long an interactive answer may compute before it is refused. */
export const INTERACTIVE_DEADLINE_MS = 2_000;

/**
 * A check between steps of the work. Given how many of how many equal steps are done, it also
 * refuses at once — long before the deadline — when the steps done so far say the rest cannot
 * finish in time: after SAMPLE_STEPS steps and SAMPLE_MS, a projection beyond OVER × the
 * deadline. The work should take its steps in an order that makes the first ones representative.
 */
export type DeadlineCheck = (done?: number, total?: number) => void;

const SAMPLE_STEPS = 8;
const SAMPLE_MS = 20;
const OVER = 1.25;

/** A check that throws DeadlineExceeded with `message` once `ms` have passed since this call. */
export function deadline(ms: number, message: string, now: () => number = () => performance.now()): DeadlineCheck {
  const start = now();
  return (done, total) => {
    const elapsed = now() - start;
    if (elapsed > ms) throw new DeadlineExceeded(message);
    if (done === undefined || total === undefined || done < SAMPLE_STEPS || elapsed < SAMPLE_MS) return;
    if ((elapsed / done) * total > ms * OVER) throw new DeadlineExceeded(message);
  };
}
