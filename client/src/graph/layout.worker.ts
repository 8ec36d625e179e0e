/**
 * The layout worker: computes a large graph's positions off the main thread, so the page keeps
 * painting and answering while fcose (or euler) runs. Cytoscape runs headless here with only the
 * nodes' boxes as style (no labels: large graphs leave names out of the layout anyway), the same
 * layout options and the same seeded randomness as on the main thread (layout-positions.ts), so
 * the same request always gives the same positions. The page then places the nodes with
 * Cytoscape's `preset` layout (off-thread-layout.ts).
 */
import { computePositions, type LayoutAnswer, type LayoutRequest } from './layout-positions.ts';

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  try {
    const started = performance.now();
    const positions = await computePositions(request);
    const answer: LayoutAnswer = { id: request.id, positions, ms: performance.now() - started };
    self.postMessage(answer, { transfer: [positions.buffer] });
  } catch (error) {
    const answer: LayoutAnswer = { id: request.id, error: String(error) };
    self.postMessage(answer);
  }
};
