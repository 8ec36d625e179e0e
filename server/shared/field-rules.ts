/**
 * The rules of every field a user types, written once for the server and the browser: the API
 * and the importer parse with them (validation.ts turns a failure into BAD_USER_INPUT), and the
 * edit forms check with them before sending (client/src/edit/client-checks.ts, decision 0027).
 * Pure: zod and the other pure modules of shared/ only — no Node built-ins, no server errors —
 * because the client bundle imports it (the eslint allowance names this file).
 */
import { z } from 'zod';
import { emailProblem, isHttpUrl, urlSuggestion, type EmailProblem } from './contact-typos.ts';
import { dateSuggestion, isRealDay } from './date-forms.ts';
import { inLanguage, say, type Language, type Text } from './messages.ts';
import { SECTORS, STO_ROLES, VISIBILITIES } from './model.ts';
import { prefectureSuggestions } from './prefecture-typos.ts';
import { prefectureName } from './prefectures.ts';

/** Zod's own messages for checks a schema gives no words of its own (its English and Japanese locales). */
const ZOD_LOCALES = { en: z.locales.en().localeError, ja: z.locales.ja().localeError };

export type BothResult<T> =
  { success: true; data: T } | { success: false; issues: { path: PropertyKey[]; message: Text }[] };

/**
 * `safeParse` whose problems come in English and Japanese: the schemas' own messages in each
 * language (messages.ts), and zod's locale where a check has none. A failed value is parsed
 * once per language; a valid one once. Zod words its issues when `error` is first read, so that
 * read happens inside the language's scope.
 */
export function safeParseBoth<S extends z.ZodType>(schema: S, value: unknown): BothResult<z.output<S>> {
  const issuesIn = (language: Language) =>
    inLanguage(language, () => {
      const result = schema.safeParse(value, { error: ZOD_LOCALES[language] });
      return result.success ? result : { success: false as const, issues: result.error.issues };
    });
  const en = issuesIn('en');
  if (en.success) return { success: true, data: en.data };
  const ja = issuesIn('ja');
  const jaIssues = ja.success ? [] : ja.issues;
  return {
    success: false,
    issues: en.issues.map((issue, i) => ({
      path: issue.path,
      message: { en: issue.message, ja: jaIssues[i]!.message },
    })),
  };
}

/** Ids are the user's own stable strings: letters, digits and a few separators, no spaces or quotes. */
export const id = z
  .string({ error: () => say('notString') })
  .trim()
  .min(1, { error: () => say('empty') })
  .max(100, { error: () => say('tooLong', 100) })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:@-]*$/u, { error: () => say('idCharacters') });

const text = (max: number) =>
  z
    .string({ error: () => say('notString') })
    .trim()
    .max(max, { error: () => say('tooLong', max) })
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), { error: () => say('controlCharacters') });

export const name = text(200).pipe(z.string().min(1, { error: () => say('empty') }));

/** An optional text: empty or null clears it. */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((s) => (s === '' || s === undefined ? null : s));

/**
 * Kana as people type it: hiragana, katakana, half-width katakana with its own sound marks and
 * long-vowel mark (ﾀﾞｲｽｹ, ﾀﾛｰ: what bank and older systems export), ー, ・ and spaces.
 */
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ｰﾞﾟ･゛゜\s]+$/u;
const KANJI = /[\p{Script=Han}〆]+/gu;

/** The kanji in a kana field, named so the user sees what to replace (a reading needs a dictionary). */
function kanaMessage(value: unknown): string {
  const kanji = typeof value === 'string' ? value.match(KANJI) : null;
  if (!kanji) return say('kana');
  const listed = kanji.join(' ');
  const shown = Array.from(listed).length > 20 ? `${Array.from(listed).slice(0, 20).join('')}…` : listed;
  return say('kanaWithKanji', shown);
}

export const kana = optionalText(200).refine((s) => s === null || KANA.test(s), {
  error: (issue) => kanaMessage(issue.input),
});

/** A refused date's message, naming the day it can only have meant (2024/4/1 → 2024-04-01). */
function dateMessage(value: unknown, otherwise: 'notDate' | 'dateFormat'): string {
  const hint = dateSuggestion(value);
  if (!hint) return say(otherwise);
  return hint.serial ? say('dateSerial', String(value).trim(), hint.iso) : say('dateMeant', hint.iso);
}

export const isoDate = z
  .string({ error: (issue) => dateMessage(issue.input, 'notDate') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => dateMessage(issue.input, 'dateFormat') })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      return isRealDay(y, m, d);
    },
    { error: () => say('realDate') },
  );

export const optionalDate = isoDate.nullish().transform((s) => s ?? null);

export const oneToFive = z
  .number({ error: () => say('wholeNumberFromTo', 1, 5) })
  .int({ error: () => say('wholeNumberFromTo', 1, 5) })
  .min(1, { error: () => say('atLeast', 1) })
  .max(5, { error: () => say('atMost', 5) });

export const sector = z.enum(SECTORS, { error: () => say('oneOf', SECTORS) });
export const visibility = z.enum(VISIBILITIES, { error: () => say('oneOf', VISIBILITIES) });

function emailMessage(problem: EmailProblem): string {
  switch (problem.kind) {
    case 'no-at':
      return say('emailWithoutAt');
    case 'many-at':
      return say('emailWithManyAts');
    case 'domain':
      return say('emailDomainMeant', problem.domain, problem.suggestion);
    case 'other':
      return say('email');
  }
}

/**
 * Stored NFKC-normalised: an address typed with a Japanese input method on (ｔａｒｏ＠example.jp)
 * is the same address. A near miss of a common provider's domain (gmial.com) is refused with
 * the domain meant: mail to it would bounce.
 */
export const email = optionalText(254).transform((s, ctx) => {
  if (s === null) return null;
  const address = s.normalize('NFKC').trim();
  const problem = emailProblem(address);
  if (problem) ctx.addIssue({ code: 'custom', message: emailMessage(problem) });
  return address;
});

export const url = optionalText(2000).refine((s) => s === null || isHttpUrl(s), {
  error: (issue) => {
    const meant = typeof issue.input === 'string' ? urlSuggestion(issue.input) : undefined;
    return meant ? say('urlMeant', meant) : say('url');
  },
});

function prefectureMessage(value: string): string {
  const meant = prefectureSuggestions(value);
  return meant.length === 0 ? say('prefecture') : say('prefectureMeant', value, meant);
}

export const prefecture = optionalText(20).transform((s, ctx) => {
  if (s === null) return null;
  const ja = prefectureName(s);
  if (!ja) ctx.addIssue({ code: 'custom', message: prefectureMessage(s) });
  return ja ?? null;
});

/** Hours per month a person can give; null when not stated. 0–300 (a full-time month is ~160). */
export const hoursPerMonth = z
  .number({ error: () => say('hoursFromTo', 0, 300) })
  .int({ error: () => say('hoursFromTo', 0, 300) })
  .min(0, { error: () => say('hoursFromTo', 0, 300) })
  .max(300, { error: () => say('hoursFromTo', 0, 300) })
  .nullish()
  .transform((h) => h ?? null);

export const stoRole = z
  .enum(STO_ROLES, { error: () => say('oneOf', STO_ROLES) })
  .nullish()
  .transform((r) => r ?? null);

/** How many organisations an STO serves: 1–8 (the role is part-time; 3–4 is usual). */
export const stoCapacity = z
  .number({ error: () => say('wholeNumberFromTo', 1, 8) })
  .int({ error: () => say('wholeNumberFromTo', 1, 8) })
  .min(1, { error: () => say('wholeNumberFromTo', 1, 8) })
  .max(8, { error: () => say('wholeNumberFromTo', 1, 8) })
  .nullish()
  .transform((c) => c ?? null);
