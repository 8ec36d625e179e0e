/**
 * Introduction answers → the sentences the reader sees: how each pair knows each other (one line
 * per piece of evidence), the path's length in words, and its score as a percentage. Plain
 * functions of the answer, the language, "today" and a translate function, so they are tested
 * without React or a browser.
 */
import type { IntroductionPathFieldsFragment } from '../gql/graphql.ts';
import { nameIn } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { textIn } from '../i18n/text-in.ts';
import { formatDate, formatNumber, formatPercent } from '../ui/format.ts';

export type IntroPath = IntroductionPathFieldsFragment;
export type IntroHop = IntroPath['hops'][number];
export type IntroEvidence = IntroHop['evidence'][number];

export interface EvidenceLine {
  kind: IntroEvidence['kind'];
  text: string;
  /**
   * A name inside `text` shown in the other language because the page's has none (a project
   * without an English name): the page marks it and gives it its own `lang`.
   */
  fallback?: { text: string; lang: Language };
}

/** i18next's `t`, narrowed to what these functions use. */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

export interface TextContext {
  language: Language;
  /** YYYY-MM-DD: a project ending after this day is still running. */
  today: string;
  t: Translate;
}

/** Scores this small still show as "<1%" rather than a discouraging "0%". */
const SMALLEST_SHOWN = 0.01;

function declaredText(e: IntroEvidence, { language, t }: TextContext): string {
  const strength = e.tieStrength ?? 0;
  return e.lastContact
    ? t('intro.evidence.declared', { date: formatDate(e.lastContact, language, 'month'), strength })
    : t('intro.evidence.declaredUndated', { strength });
}

/** The shared project's name in the page's language, or in the other one (then marked: EvidenceLine). */
export function projectName(e: IntroEvidence, language: Language) {
  return e.project ? textIn(e.project.name, e.project.nameEn, language) : null;
}

function projectText(e: IntroEvidence, { language, today, t }: TextContext): string {
  const name = projectName(e, language)?.text ?? t('intro.evidence.someProject');
  // No plural forms: a shared project or organisation always has two people or more.
  const counted = { name, size: formatNumber(e.size ?? 0, language) };
  if (!e.projectEnd) return t('intro.evidence.projectOngoing', counted);
  const end = formatDate(e.projectEnd, language, 'year');
  return e.projectEnd > today
    ? t('intro.evidence.projectUntil', { ...counted, end })
    : t('intro.evidence.projectEnded', { ...counted, end });
}

function organisationText(e: IntroEvidence, { language, t }: TextContext): string {
  const name = e.organisation ? nameIn(e.organisation, language) : t('intro.evidence.someOrganisation');
  return t('intro.evidence.organisation', { name, size: formatNumber(e.size ?? 0, language) });
}

/** One line of evidence: 「2024年3月に最終連絡・関係の強さ 4/5」. */
export function evidenceText(evidence: IntroEvidence, context: TextContext): string {
  switch (evidence.kind) {
    case 'DECLARED':
      return declaredText(evidence, context);
    case 'PROJECT':
      return projectText(evidence, context);
    case 'ORGANISATION':
      return organisationText(evidence, context);
  }
}

/**
 * How two neighbours on a path know each other, in the server's order (declared ties, then shared
 * projects, then organisations). A tie both people declared arrives twice; it is said once.
 */
export function hopLines(hop: IntroHop, context: TextContext): EvidenceLine[] {
  const lines = new Map<string, EvidenceLine>();
  for (const evidence of hop.evidence) {
    const text = evidenceText(evidence, context);
    const name = evidence.kind === 'PROJECT' ? projectName(evidence, context.language) : null;
    const fallback = name?.fellBack ? { fallback: { text: name.text, lang: name.lang } } : {};
    if (!lines.has(text)) lines.set(text, { kind: evidence.kind, text, ...fallback });
  }
  return [...lines.values()];
}

/**
 * 「直接の知り合い」「1 人を介して」: how many people must pass the request on. One hop is "direct
 * connection" only when a declared tie backs it (as the person's own list of acquaintances says);
 * a shared organisation or project alone is said as such.
 */
export function lengthText(path: Pick<IntroPath, 'hops'>, t: Translate): string {
  const between = path.hops.length - 1;
  if (between > 0) return t('intro.through', { count: between });
  return path.hops[0]?.evidence.some((e) => e.kind === 'DECLARED') ? t('intro.direct') : t('intro.directShared');
}

/** A score in [0, 1] as a percentage; tiny scores read "<1%", never "0%". */
export function scoreText(score: number, language: Language, t: Translate): string {
  if (score < SMALLEST_SHOWN) return t('intro.scoreBelow', { value: formatPercent(SMALLEST_SHOWN, language) });
  return formatPercent(score, language);
}

/** The people along a path, by name in the reader's language: 田中 花子 → 山本 康弘 → 小川 葵. */
export function chainNames(path: Pick<IntroPath, 'people'>, language: Language): string[] {
  return path.people.map((p) => nameIn(p, language));
}
