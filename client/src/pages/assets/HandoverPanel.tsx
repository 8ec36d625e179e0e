/**
 * A handover plan: the fewest introductions (key person's contact → a remaining member) that
 * bring back everything the organisation would lose, each with what it restores and why.
 */
import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { HandoverPlanQuery } from './assets-queries.ts';
import { LinkList, NodeLink } from './parts.tsx';

interface Props {
  org: string;
  person: string;
  hops: number;
  language: Language;
  onOpenNode(key: string): void;
  onClose(): void;
}

export function HandoverPanel({ org, person, hops, language, onOpenNode, onClose }: Props) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(HandoverPlanQuery, { variables: { org, person, hops } });
  const plan = data?.handoverPlan;
  return (
    <div className="assets-drill" role="region" aria-label={t('assets.handover.title')} data-testid="handover">
      <div className="assets-drill-head">
        <h3>
          {plan ? t('assets.handover.titleFor', { name: nameIn(plan.person, language) }) : t('assets.handover.title')}
        </h3>
        <button type="button" className="button" onClick={onClose}>
          {t('assets.close')}
        </button>
      </div>
      {loading && <p>{t('assets.loading')}</p>}
      {error && <p role="alert">{t('assets.error')}</p>}
      {plan && (
        <>
          <p>
            {t('assets.handover.summary', {
              lost: formatNumber(plan.lostPeople, language),
              count: plan.introductions.length,
            })}{' '}
            {plan.method === 'EXACT'
              ? t('assets.handover.exact')
              : t('assets.handover.greedy', { ratio: plan.ratioBound.toFixed(2), lower: plan.lowerBound })}
          </p>
          {plan.successor && (
            <p className="assets-muted">
              {t('assets.handover.successor', {
                name: nameIn(plan.successor, language),
                strength: formatPercent(plan.successorStrength ?? 0, language),
              })}
            </p>
          )}
          <ol className="assets-intros">
            {plan.introductions.map((i) => (
              <li key={i.contact.key}>
                <p className="assets-intro-line">
                  <Trans
                    i18nKey="assets.handover.line"
                    components={{
                      from: <NodeLink node={plan.person} language={language} onOpen={onOpenNode} />,
                      contact: <NodeLink node={i.contact} language={language} onOpen={onOpenNode} />,
                      member: <NodeLink node={i.member} language={language} onOpen={onOpenNode} />,
                    }}
                  />
                </p>
                <p className="assets-muted">
                  {t('assets.handover.why', {
                    strength: formatPercent(i.contactStrength, language),
                    people: formatNumber(i.restoresPeople, language),
                    count: i.restoresPeople,
                  })}
                </p>
                {i.restoresNeeds.length > 0 && (
                  <p>
                    {t('assets.handover.needs')}{' '}
                    <LinkList nodes={i.restoresNeeds} language={language} onOpen={onOpenNode} />
                  </p>
                )}
                {i.restoresOrganisations.length > 0 && (
                  <p>
                    {t('assets.handover.organisations')}{' '}
                    <LinkList nodes={i.restoresOrganisations.slice(0, 6)} language={language} onOpen={onOpenNode} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          {plan.introductions.length === 0 && <p>{t('assets.handover.nothing')}</p>}
        </>
      )}
    </div>
  );
}
