/**
 * Line numbers in a JSON document, so problems in a JSON bundle point at a line like those in a
 * CSV one. Positions come from jsonc-parser (the parser behind VS Code's JSON support), run with
 * strict options so comments and trailing commas are errors, as they are for JSON.parse, which
 * stays the one that reads the values. Its visitor is used rather than its tree: a bundle of a
 * million ties would be tens of millions of tree nodes, and only the rows' first lines are needed.
 */
import { visit, type ParseOptions } from 'jsonc-parser';

const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Where each element of the top-level object's arrays starts, by property name: `people` → the
 * line of each person's object (1-based; jsonc-parser counts `\n`, `\r\n` and a lone `\r` as
 * editors do). Properties whose value is not an array are left out.
 */
export function jsonElementLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  // Containers entered so far: the root object is depth 1, a section's array depth 2.
  let depth = 0;
  let rootIsObject = false;
  let key: string | null = null;
  let section: number[] | null = null;
  /** A value begins at `line` (0-based); true when it is a row, whose inside needs no visit. */
  const element = (line: number): boolean => {
    if (depth !== 2 || !section) return false;
    section.push(line + 1);
    return true;
  };
  visit(
    text,
    {
      onObjectBegin: (_offset, _length, line) => {
        if (depth === 0) rootIsObject = true;
        const row = element(line);
        depth++;
        // false: jsonc-parser skips the row's contents and reports only its end.
        return !row;
      },
      onObjectProperty: (property) => {
        if (depth === 1) key = property;
      },
      onArrayBegin: (_offset, _length, line) => {
        const row = element(line);
        depth++;
        if (depth === 2 && rootIsObject && key !== null) out.set(key, (section = []));
        return !row;
      },
      onObjectEnd: () => {
        depth--;
      },
      onArrayEnd: () => {
        depth--;
        if (depth === 1) section = null;
      },
      onLiteralValue: (_value, _offset, _length, line) => {
        element(line);
      },
    },
    STRICT,
  );
  return out;
}

/** The line of the first syntax error (1-based), or null when the text is valid JSON. */
export function jsonErrorLine(text: string): number | null {
  let line: number | null = null;
  visit(
    text,
    {
      onError: (_error, _offset, _length, startLine) => {
        line ??= startLine + 1;
      },
    },
    STRICT,
  );
  return line;
}
