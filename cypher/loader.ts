/**
 * The only way server code reaches Cypher: statements live one per file in cypher/statements/,
 * schema in numbered files in cypher/schema/. A statement may contain `{{name}}` placeholders for
 * labels and relationship types; they are filled only from the fixed identifier list below, never
 * from user text (values always travel as $parameters).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const statementsDir = path.join(here, 'statements');
export const schemaDir = path.join(here, 'schema');
export const fragmentsDir = path.join(here, 'fragments');

/** Identifiers a placeholder may take: node labels and relationship types of the model. */
export const IDENTIFIERS = new Set([
  'Person',
  'Organisation',
  'Skill',
  'Project',
  'MEMBER_OF',
  'HAS_SKILL',
  'WORKED_ON',
  'KNOWS',
  'LED',
  'PARTNERED_IN',
  'NEEDS',
  'BROADER',
  // Relationships of accounts, requests and aliases, which a merge of records moves and an undo restores.
  'STEP',
  'IS',
  'HAS_ROLE',
  'SUGGESTED',
  'ALIAS_OF',
  // A type alternation used to list an organisation's projects in one page.
  'LED|PARTNERED_IN',
]);

const cache = new Map<string, string>();

function read(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = fs.readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Statements as built, by name and identifiers: a question builds each once per process, not per call. */
const built = new Map<string, string>();

/** Returns the statement `name` (file `cypher/statements/<name>.cypher`), placeholders filled. */
export function cypher(name: string, identifiers: Record<string, string> = {}): string {
  const key = `${name}\u0000${Object.entries(identifiers)
    .map(([k, v]) => `${k}=${v}`)
    .join('\u0000')}`;
  let text = built.get(key);
  if (text === undefined) built.set(key, (text = build(name, identifiers)));
  return text;
}

function build(name: string, identifiers: Record<string, string>): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad statement name: ${name}`);
  const file = path.join(statementsDir, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`no Cypher statement named ${name} (${file})`);
  return withFragments(read(file)).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = identifiers[key];
    if (value === undefined) throw new Error(`statement ${name} needs identifier {{${key}}}`);
    if (!IDENTIFIERS.has(value)) throw new Error(`statement ${name}: "${value}" is not a model identifier`);
    return value;
  });
}

/** `{{@name(variable)}}` → the fragment's text (comment lines dropped), `x_` renamed to the variable. */
function withFragments(text: string): string {
  return text.replace(/\{\{@([a-z-]+)\((\w+)\)\}\}/g, (_, name: string, variable: string) => {
    const body = read(path.join(fragmentsDir, `${name}.cypher`))
      .split('\n')
      .filter((line) => !line.startsWith('//') && line.trim() !== '')
      .join('\n  ');
    return `(${body.replace(/\bx_\b/g, variable)})`;
  });
}

export function listStatements(): string[] {
  return fs
    .readdirSync(statementsDir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** Placeholders a statement uses, so tests can EXPLAIN every instantiation. */
export function placeholders(name: string): string[] {
  const text = read(path.join(statementsDir, `${name}.cypher`));
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];
}

/**
 * Schema statements in file order. A schema file may hold several statements separated by a
 * semicolon at the end of a line; each must be idempotent (IF NOT EXISTS).
 */
export function schemaStatements(): { file: string; statement: string }[] {
  return fs
    .readdirSync(schemaDir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(f))
    .sort()
    .flatMap((file) =>
      read(path.join(schemaDir, file))
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean)
        .map((statement) => ({ file, statement })),
    );
}
