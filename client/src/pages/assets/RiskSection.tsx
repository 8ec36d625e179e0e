/**
 * Key-person risk (属人化): members ranked by what the organisation would lose if they left —
 * needs first, then people, organisations and skills — with a handover plan for each.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';
import { HandoverPanel } from './HandoverPanel.tsx';
import { Bar, LinkList, NodeLink } from './parts.tsx';

type Data = Assets['organisationAssets'];

interface Props {
  data: Data;
  language: Language;
  onOpenNode(key: string): void;
}

export function RiskSection({ data, language, onOpenNode }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<string | null>(null);
  const max = Math.max(1, ...data.risks.map((r) => r.lostPeople));
  const shown = data.risks.slice(0, 15);
  return (
    <section className="assets-card assets-wide" aria-labelledby="assets-risk-title">
      <h2 id="assets-risk-title">{t('assets.risk.title')}</h2>
      <p className="assets-lead">{t('assets.risk.lead', { count: data.hops })}</p>
      <table className="assets-table" data-testid="risk-table">
        <caption className="sr-only">{t('assets.risk.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assets.risk.person')}</th>
            <th scope="col">{t('assets.risk.needs')}</th>
            <th scope="col">{t('assets.risk.people')}</th>
            <th scope="col">{t('assets.risk.organisations')}</th>
            <th scope="col" className="assets-num-cell">
              {t('assets.risk.skills')}
            </th>
            <th scope="col">
              <span className="sr-only">{t('assets.risk.handover')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.person.key} className={r.lostNeeds.length ? 'assets-fragile' : undefined}>
              <th scope="row">
                <NodeLink node={r.person} language={language} onOpen={onOpenNode} />
              </th>
              <td>
                {r.lostNeeds.length > 0 ? (
                  <span className="assets-spof">
                    <LinkList nodes={r.lostNeeds} language={language} onOpen={onOpenNode} />
                  </span>
                ) : (
                  <span className="assets-muted">—</span>
                )}
              </td>
              <td>
                <span className="assets-barcell">
                  <Bar value={r.lostPeople} max={max} tone="warn" />
                  <span className="assets-number">{formatNumber(r.lostPeople, language)}</span>
                </span>
                {r.samplePeople.length > 0 && (
                  <details>
                    <summary>{t('assets.risk.whom')}</summary>
                    <LinkList nodes={r.samplePeople} language={language} onOpen={onOpenNode} />
                  </details>
                )}
              </td>
              <td>
                <LinkList nodes={r.lostOrganisations.slice(0, 5)} language={language} onOpen={onOpenNode} />
                {r.lostOrganisations.length > 5 && (
                  <span className="assets-muted"> +{r.lostOrganisations.length - 5}</span>
                )}
              </td>
              <td className="assets-number assets-num-cell">{formatNumber(r.lostSkills.length, language)}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  disabled={r.lostPeople === 0}
                  onClick={() => setPlan(r.person.id)}
                  aria-label={t('assets.risk.planFor', { name: r.person.name })}
                >
                  {t('assets.risk.handover')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.risks.length > shown.length && (
        <p className="assets-muted">{t('assets.risk.more', { count: data.risks.length - shown.length })}</p>
      )}
      {plan && (
        <HandoverPanel
          org={data.organisation.id}
          person={plan}
          hops={data.hops}
          language={language}
          onOpenNode={onOpenNode}
          onClose={() => setPlan(null)}
        />
      )}
    </section>
  );
}
