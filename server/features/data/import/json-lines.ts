/**
 * Where each element of a JSON document's top-level arrays starts, as a line number, so problems
 * in a JSON bundle point at a line like those in a CSV one. A small scanner: strings, nesting and
 * escapes are all it needs to know.
 */
export function jsonElementLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let key: string | null = null;
  let current: number[] | null = null;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const value = text.slice(i + 1, j);
      if (depth === 1) key = value;
      if (depth === 2 && current && expectElement) current.push(line);
      expectElement = false;
      i = j;
    } else if (ch === '{' || ch === '[') {
      if (depth === 1 && ch === '[' && key !== null) {
        current = [];
        out.set(key, current);
        expectElement = true;
      } else if (depth === 2 && current && expectElement) {
        current.push(line);
        expectElement = false;
      }
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 1) current = null;
    } else if (ch === ',' && depth === 2 && current) expectElement = true;
    else if (depth === 2 && current && expectElement && !/\s/.test(ch)) {
      current.push(line);
      expectElement = false;
    }
  }
  return out;
}
