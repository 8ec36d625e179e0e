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

/** A check that throws DeadlineExceeded with `message` once `ms` have passed since this call. */
export function deadline(ms: number, message: string): () => void {
  const end = performance.now() + ms;
  return () => {
    if (performance.now() > end) throw new DeadlineExceeded(message);
  };
}
