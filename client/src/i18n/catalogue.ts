/**
 * All translations: the core catalogue (en.json, ja.json) plus one file per feature page in
 * features/<name>.json, shaped `{ "en": { … }, "ja": { … } }` so both languages sit side by side.
 * A feature file's keys are nested under its name (`teams.title` comes from features/teams.json).
 */
/// <reference types="vite/client" />
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import type { Language } from './languages.ts';

export type Tree = { [key: string]: string | Tree };

const features = import.meta.glob<Record<Language, Tree>>('./features/*.json', { eager: true, import: 'default' });

function build(language: Language, core: Tree): Tree {
  const out: Tree = { ...core };
  for (const [file, content] of Object.entries(features)) {
    const name = file.replace(/^.*\/|\.json$/g, '');
    if (name in out) throw new Error(`Translation feature "${name}" clashes with a core key`);
    out[name] = content[language];
  }
  return out;
}

export const translations: Record<Language, Tree> = { en: build('en', en as Tree), ja: build('ja', ja as Tree) };
