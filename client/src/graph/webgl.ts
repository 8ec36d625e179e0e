/**
 * Whether Cytoscape's WebGL renderer will help here. It draws large graphs fast on a GPU, but
 * where WebGL runs in software (SwiftShader, llvmpipe: virtual machines, remote desktops, CI)
 * every frame is rasterised on the CPU and panning 2,000 nodes took ~280 ms a frame against
 * ~17 ms for the canvas renderer's cached viewport texture (docs/benchmarks.md). `?renderer=webgl`
 * or `?renderer=canvas` overrides the guess (the benchmark measures both).
 */
let cached: boolean | null = null;

function hardwareWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

export function webglHelpsLargeGraphs(): boolean {
  const forced = new URLSearchParams(window.location.search).get('renderer');
  if (forced === 'webgl') return true;
  if (forced === 'canvas') return false;
  cached ??= hardwareWebgl();
  return cached;
}
