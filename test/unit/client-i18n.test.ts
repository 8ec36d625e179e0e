import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, SECTORS } from '../../client/src/graph/palette.ts';
import { translations, type Tree } from '../../client/src/i18n/catalogue.ts';
const source = path.resolve(import.meta.dirname, '../../client/src');

/** Every key, with plural suffixes folded (Japanese has one form, English two). */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.add(prefix + key.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const k of keys(value, `${prefix}${key}.`)) out.add(k);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('translations', () => {
  const jaKeys = keys(translations.ja);
  const enKeys = keys(translations.en);

  it('have the same keys in Japanese and English', () => {
    expect([...jaKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !jaKeys.has(k))).toEqual([]);
  });

  it('cover every literal key the client uses', () => {
    const used = sourceFiles(source).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9.]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((k) => !jaKeys.has(k))).toEqual([]);
  });

  it('cover every kind, sector and project role', () => {
    const dynamic = [
      ...KINDS.map((k) => `kind.${k}`),
      ...SECTORS.map((s) => `sector.${s}`),
      'details.role.LEAD',
      'details.role.PARTNER',
    ];
    expect(dynamic.filter((k) => !jaKeys.has(k) || !enKeys.has(k))).toEqual([]);
  });
});
