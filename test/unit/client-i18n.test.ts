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

describe('audit log words', () => {
  it('names every audited operation of the schema in both languages, never by its API name', async () => {
    const { auditWords } = await import('../../client/src/account/audit-words.ts');
    const { createInstance } = await import('i18next');
    const { ACCESS } = await import('../../server/api/access.ts');
    const { isAudited } = await import('../../server/api/audit.ts');
    const audited = Object.keys(ACCESS).filter((op) => {
      const [type, field] = op.split('.') as ['Query' | 'Mutation', string];
      return isAudited(type, field);
    });
    expect(audited.length).toBeGreaterThan(35);
    for (const language of ['ja', 'en'] as const) {
      const i18n = createInstance();
      await i18n.init({ lng: language, resources: { [language]: { translation: translations[language] } } });
      for (const action of audited) {
        const words = auditWords(action, i18n.t.bind(i18n) as never);
        expect(words, action).not.toMatch(/audit\.|Mutation|Query|\{\{/);
      }
    }
    const ja = createInstance();
    await ja.init({ lng: 'ja', resources: { ja: { translation: translations.ja } } });
    expect(auditWords('Mutation.updatePerson', ja.t.bind(ja) as never)).toBe('人物を更新');
  });
});
