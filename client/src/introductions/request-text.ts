/**
 * A ready-to-send introduction request for one path: addressed to the first person on it, saying
 * whom the sender hopes to meet and why, and citing how each pair along the chain knows each
 * other (a declared tie and its context, a shared project, a shared organisation). Japanese in
 * polite business form (敬語), English in a plain friendly register, each written entirely in its
 * own language (people's names aside). A pure function of the path.
 */
import { nameIn } from '../graph/names.ts';
import { onlyIn } from '../i18n/text-in.ts';
import type { IntroEvidence, IntroPath, Translate } from './intro-text.ts';
import type { Language } from '../i18n/languages.ts';

export interface RequestContext {
  language: Language;
  t: Translate;
  /** Why the sender wants to meet the target, already translated (intro.request.purpose*); may be empty. */
  purpose: string;
}

/**
 * "worked together on “Kodomo Map”": the strongest reason, said as a phrase. The letter is written
 * in one language only: a context or project name with no version in the letter's language is
 * left out and the bond said without it ("worked together on a project in 2018").
 */
export function bondPhrase(evidence: readonly IntroEvidence[], context: RequestContext): string {
  const { language, t } = context;
  const declared = evidence.find((e) => e.kind === 'DECLARED');
  const said = declared ? onlyIn(declared.context, declared.contextEn, language) : null;
  if (said) return t('intro.request.bondContext', { context: said });
  const project = evidence.find((e) => e.kind === 'PROJECT' && e.project)?.project;
  if (project) {
    const name = onlyIn(project.name, project.nameEn, language);
    if (name) return t('intro.request.bondProject', { name });
    const year = (project.start ?? '').slice(0, 4);
    return year ? t('intro.request.bondProjectUnnamed', { year }) : t('intro.request.bondProjectUndated');
  }
  const organisation = evidence.find((e) => e.kind === 'ORGANISATION' && e.organisation)?.organisation;
  if (organisation) {
    const name = language === 'en' ? onlyIn(null, organisation.nameEn, 'en') : organisation.name;
    return name ? t('intro.request.bondOrganisation', { name }) : t('intro.request.bondOrganisationUnnamed');
  }
  return t('intro.request.bondKnown');
}

export function requestText(path: IntroPath, context: RequestContext): string {
  const { language, t, purpose } = context;
  const names = path.people.map((p) => nameIn(p, language));
  const sender = names[0]!;
  const target = names[names.length - 1]!;
  if (path.hops.length === 1) {
    return t('intro.request.direct', { target, bond: bondPhrase(path.hops[0]!.evidence, context) });
  }
  const via = names[1]!;
  const chain = path.hops.slice(1).map((hop, i) =>
    t('intro.request.chainLine', {
      from: names[i + 1]!,
      to: names[i + 2]!,
      bond: bondPhrase(hop.evidence, context),
    }),
  );
  const ask =
    path.hops.length === 2
      ? t('intro.request.askDirect', { target })
      : t('intro.request.askPassOn', { target, next: names[2]! });
  return [
    t('intro.request.greeting', { name: via }),
    '',
    t('intro.request.opening', { sender }),
    t('intro.request.wish', { target, purpose }),
    t('intro.request.ourBond', { name: via, bond: bondPhrase(path.hops[0]!.evidence, context) }),
    ...chain,
    ask,
    '',
    t('intro.request.closing'),
    '',
    sender,
  ].join('\n');
}
