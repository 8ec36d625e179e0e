/**
 * Long work on the API's event loop, in pieces: every question waits while a piece runs, so a piece
 * must stay short (tens of milliseconds at a national network). Work that may pause is written as
 * a generator that yields where it may; the caller runs it at once (`finish`, in tests and
 * workers) or between turns of the event loop (`inSlices`).
 */
export type Steps<T> = Generator<void, T>;

/** The next turn of the event loop: whatever is waiting (requests, timers) runs first. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Below this much time since the last turn, a yield does not give the loop a turn (turns cost too). */
const SLICE_MS = 8;

/** `sliceMs`: the loop gets a turn at the first yield this long after the last turn (0: at every yield). */
export async function inSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let since = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - since >= sliceMs) {
      await turn();
      since = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
