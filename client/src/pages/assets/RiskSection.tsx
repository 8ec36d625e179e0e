/**
 * Key-person risk (属人化): members ranked by what the organisation would lose if they left —
 * needs first, then people, organisations and skills — with a handover plan for each. Members
 * whose departure loses nothing are counted in one line and shown on request, each saying
 * "no loss" (never a row of zeros).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';
import { losesSomething, riskRows } from './assets-words.ts';
import { HandoverPanel } from './HandoverPanel.tsx';
import { Bar, LinkList, NodeLink } from './parts.tsx';

type Data = Assets['organisationAssets'];
type Risk = Data['risks'][number];

interface Props {
  data: Data;
  language: Language;
  onOpenNode(key: string): void;
}

export function RiskSection({ data, language, onOpenNode }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const max = Math.max(1, ...data.risks.map((r) => r.lostPeople));
  const shown = riskRows(data.risks, all);
  const hidden = shown.hiddenWithLoss + shown.hiddenNoLoss;
  const row = (r: Risk) =>
    losesSomething(r) ? (
      <LossRow key={r.person.key} risk={r} max={max} language={language} onOpenNode={onOpenNode} onPlan={setPlan} />
    ) : (
      <tr key={r.person.key} className="assets-no-loss">
        <th scope="row">
          <NodeLink node={r.person} language={language} onOpen={onOpenNode} />
        </th>
        <td colSpan={5} className="assets-muted">
          {t('assets.risk.noLoss')}
        </td>
      </tr>
    );
  return (
    <section className="assets-card assets-wide" aria-labelledby="assets-risk-title">
      <h2 id="assets-risk-title">{t('assets.risk.title')}</h2>
      <p className="assets-lead">{t('assets.risk.lead', { count: data.hops })}</p>
      {shown.rows.length > 0 && (
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
          <tbody>{shown.rows.map(row)}</tbody>
        </table>
      )}
      {(shown.noLoss > 0 || shown.hiddenWithLoss > 0 || all) && (
        <p className="assets-risk-rest" data-testid="risk-rest">
          {shown.noLoss === data.risks.length
            ? t('assets.risk.noLossAll', { count: data.hops })
            : shown.noLoss > 0 && t('assets.risk.noLossOthers', { count: shown.noLoss })}{' '}
          {shown.hiddenWithLoss > 0 && t('assets.risk.moreWithLoss', { count: shown.hiddenWithLoss })}{' '}
          {(hidden > 0 || all) && (
            <button type="button" className="button" aria-expanded={all} onClick={() => setAll((a) => !a)}>
              {all ? t('assets.risk.showFewer') : t('assets.risk.showAll', { total: data.risks.length })}
            </button>
          )}
        </p>
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

function LossRow({
  risk: r,
  max,
  language,
  onOpenNode,
  onPlan,
}: {
  risk: Risk;
  max: number;
  language: Language;
  onOpenNode(key: string): void;
  onPlan(personId: string): void;
}) {
  const { t } = useTranslation();
  const none = <span className="assets-muted">{t('assets.risk.none')}</span>;
  return (
    <tr className={r.lostNeeds.length ? 'assets-fragile' : undefined}>
      <th scope="row">
        <NodeLink node={r.person} language={language} onOpen={onOpenNode} />
      </th>
      <td>
        {r.lostNeeds.length > 0 ? (
          <span className="assets-spof">
            <LinkList nodes={r.lostNeeds} language={language} onOpen={onOpenNode} />
          </span>
        ) : (
          none
        )}
      </td>
      <td>
        {r.lostPeople > 0 ? (
          <span className="assets-barcell">
            <Bar value={r.lostPeople} max={max} tone="warn" />
            <span className="assets-number">{formatNumber(r.lostPeople, language)}</span>
          </span>
        ) : (
          none
        )}
        {r.samplePeople.length > 0 && (
          <details>
            <summary>{t('assets.risk.whom')}</summary>
            <LinkList nodes={r.samplePeople} language={language} onOpen={onOpenNode} />
          </details>
        )}
      </td>
      <td>
        {r.lostOrganisations.length > 0 ? (
          <LinkList nodes={r.lostOrganisations.slice(0, 5)} language={language} onOpen={onOpenNode} />
        ) : (
          none
        )}
        {r.lostOrganisations.length > 5 && (
          <span className="assets-muted">
            {' '}
            {t('assets.risk.moreOrganisations', { n: r.lostOrganisations.length - 5 })}
          </span>
        )}
      </td>
      <td className="assets-number assets-num-cell">
        {r.lostSkills.length > 0 ? formatNumber(r.lostSkills.length, language) : none}
      </td>
      <td>
        <button
          type="button"
          className="button"
          disabled={r.lostPeople === 0}
          title={r.lostPeople === 0 ? t('assets.risk.noPeopleToHand') : undefined}
          onClick={() => onPlan(r.person.id)}
          aria-label={t('assets.risk.planFor', { name: r.person.name })}
        >
          {t('assets.risk.handover')}
        </button>
      </td>
    </tr>
  );
}
