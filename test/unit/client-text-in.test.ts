/**
 * Texts people wrote, in the page's language (issue 16, item 7): the page's version, else the
 * other one marked as a fallback; letters take only their own language's version. And the tie
 * context's English version packed beside it in the in-memory network.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import type { Language } from '../../client/src/i18n/languages.ts';
import { JAPANESE_CHARACTERS, onlyIn, textIn } from '../../client/src/i18n/text-in.ts';
import { hopLines, type IntroEvidence, type TextContext } from '../../client/src/introductions/intro-text.ts';
import { packContext, unpackContext } from '../../server/graph/snapshot.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: 'ja',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const context = (language: Language): TextContext => ({
  language,
  today: '2026-11-24',
  t: i18n.getFixedT(language),
});

describe('textIn', () => {
  it("shows the page's version when there is one", () => {
    expect(textIn('子ども食堂の代表', 'Runs a cafeteria', 'en')).toEqual({
      text: 'Runs a cafeteria',
      lang: 'en',
      fellBack: false,
    });
    expect(textIn('子ども食堂の代表', 'Runs a cafeteria', 'ja')).toEqual({
      text: '子ども食堂の代表',
      lang: 'ja',
      fellBack: false,
    });
  });

  it('falls back to the other version, saying so and in which language it is', () => {
    expect(textIn('子ども食堂の代表', null, 'en')).toEqual({ text: '子ども食堂の代表', lang: 'ja', fellBack: true });
    expect(textIn(null, 'Runs a cafeteria', 'ja')).toEqual({ text: 'Runs a cafeteria', lang: 'en', fellBack: true });
    expect(textIn('子ども食堂の代表', '   ', 'en')?.fellBack).toBe(true);
  });

  it('is null when neither exists', () => {
    expect(textIn(null, undefined, 'en')).toBeNull();
    expect(textIn('', ' ', 'ja')).toBeNull();
  });

  it('onlyIn never gives the other language', () => {
    expect(onlyIn('大学の同期', null, 'en')).toBeNull();
    expect(onlyIn('大学の同期', 'University classmates', 'en')).toBe('University classmates');
    expect(onlyIn(null, 'University classmates', 'ja')).toBeNull();
    expect(onlyIn('大学の同期', 'University classmates', 'ja')).toBe('大学の同期');
  });

  it('JAPANESE_CHARACTERS finds kana, kanji and Japanese punctuation, and nothing in plain English', () => {
    for (const text of ['ひらがな', 'カタカナ', '漢字', '「', '（', 'ｶﾀｶﾅ']) expect(text).toMatch(JAPANESE_CHARACTERS);
    expect('Worked together on “Kodomo Map” (2018) — Tanaka Hanako, Ōita').not.toMatch(JAPANESE_CHARACTERS);
  });
});

describe('evidence lines', () => {
  const none = {
    strength: 0.3,
    tieStrength: null,
    lastContact: null,
    context: null,
    contextEn: null,
    projectEnd: '2019-03-31',
    size: 4,
    project: null,
    organisation: null,
  };
  const project = (nameEn: string | null): IntroEvidence => ({
    ...none,
    kind: 'PROJECT',
    project: { key: 'Project:pj12', id: 'pj12', name: '復興公営住宅のコミュニティづくり', nameEn, start: '2018-04-01' },
  });
  const hop = (evidence: IntroEvidence[]) => ({
    strength: 0.5,
    from: { key: 'Person:a', id: 'a' },
    to: { key: 'Person:b', id: 'b' },
    evidence,
  });

  it("name a project in the page's language, or mark its Japanese name on an English page", () => {
    expect(hopLines(hop([project('Community building in public recovery housing')]), context('en'))).toEqual([
      {
        kind: 'PROJECT',
        text: 'Worked together on “Community building in public recovery housing” (ended 2019, 4 people)',
      },
    ]);
    expect(hopLines(hop([project(null)]), context('en'))).toEqual([
      {
        kind: 'PROJECT',
        text: 'Worked together on “復興公営住宅のコミュニティづくり” (ended 2019, 4 people)',
        fallback: { text: '復興公営住宅のコミュニティづくり', lang: 'ja' },
      },
    ]);
    expect(hopLines(hop([project('Community building')]), context('ja'))[0]!.text).toContain(
      '『復興公営住宅のコミュニティづくり』',
    );
  });
});

describe('tie contexts in the in-memory network', () => {
  it('pack the English version beside the context and unpack both', () => {
    expect(packContext('大学の同期', undefined)).toBe('大学の同期');
    expect(unpackContext('大学の同期')).toEqual({ context: '大学の同期', contextEn: null });
    expect(unpackContext(packContext('大学の同期', 'University classmates')!)).toEqual({
      context: '大学の同期',
      contextEn: 'University classmates',
    });
    expect(unpackContext(packContext(undefined, 'University classmates')!)).toEqual({
      context: null,
      contextEn: 'University classmates',
    });
    expect(unpackContext(null)).toEqual({ context: null, contextEn: null });
  });
});
