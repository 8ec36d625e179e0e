/**
 * A ready-to-send introduction request for one path: addressed to the first person on it, saying
 * whom the sender hopes to meet and why, and citing how each pair along the chain knows each
 * other (a declared tie and its context, a shared project, a shared organisation). Japanese in
 * polite business form (敬語), English in a plain friendly register. A pure function of the path.
 */
import { nameIn } from '../graph/names.ts';
import type { IntroEvidence, IntroPath, Translate } from './intro-text.ts';
import type { Language } from '../i18n/languages.ts';

export interface RequestContext {
  language: Language;
  t: Translate;
  /** Why the sender wants to meet the target, already translated (intro.request.purpose*); may be empty. */
  purpose: string;
}

/** "worked together on “Kodomo Map”": the strongest reason, said as a phrase. */
export function bondPhrase(evidence: readonly IntroEvidence[], context: RequestContext): string {
  const { language, t } = context;
  const declared = evidence.find((e) => e.kind === 'DECLARED');
  if (declared?.context) return t('intro.request.bondContext', { context: declared.context });
  const project = evidence.find((e) => e.kind === 'PROJECT' && e.project);
  if (project?.project) return t('intro.request.bondProject', { name: project.project.name });
  const organisation = evidence.find((e) => e.kind === 'ORGANISATION' && e.organisation);
  if (organisation?.organisation) {
    return t('intro.request.bondOrganisation', { name: nameIn(organisation.organisation, language) });
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
