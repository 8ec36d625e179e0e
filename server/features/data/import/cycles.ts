/** Skills on a cycle of a broader map (each skill has at most one broader skill). */
export function findCycles(broader: Map<string, string>): Set<string> {
  const onCycle = new Set<string>();
  const done = new Set<string>();
  for (const start of broader.keys()) {
    const path: string[] = [];
    const index = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !index.has(at)) {
      index.set(at, path.length);
      path.push(at);
      at = broader.get(at);
    }
    if (at !== undefined && index.has(at)) for (const id of path.slice(index.get(at))) onCycle.add(id);
    for (const id of path) done.add(id);
  }
  return onCycle;
}
