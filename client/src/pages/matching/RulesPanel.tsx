/**
 * The user's rules for the matching: pairs locked together or ruled out, each removable, and a
 * small form to add one for any STO and organisation (not only those already proposed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { OrganisationPicker } from '../../ui/OrganisationPicker.tsx';
import type { MatchingState, Rule, StoPair } from './matching-state.ts';

interface Named {
  id: string;
  name: string;
  nameKana?: string | null;
  nameLatin?: string | null;
  nameEn?: string | null;
}

export function RulesPanel({
  state,
  stos,
  organisations,
  language,
  onRule,
}: {
  state: MatchingState;
  stos: Named[];
  organisations: Named[];
  language: Language;
  onRule(pair: StoPair, rule: Rule): void;
}) {
  const { t } = useTranslation();
  const [sto, setSto] = useState('');
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [kind, setKind] = useState<'lock' | 'forbid'>('lock');
  const nameOf = (list: Named[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? nameIn(found, language) : id;
  };
  const rules = [
    ...state.locked.map((p) => ({ pair: p, kind: 'lock' as const })),
    ...state.forbidden.map((p) => ({ pair: p, kind: 'forbid' as const })),
  ];
  return (
    <section className="teams-panel matching-rules" aria-labelledby="matching-rules-title">
      <h2 id="matching-rules-title">{t('matching.rules')}</h2>
      {rules.length === 0 ? (
        <p className="teams-muted">{t('matching.rulesNone')}</p>
      ) : (
        <ul className="matching-rule-list">
          {rules.map(({ pair, kind: k }) => {
            const text = t(k === 'lock' ? 'matching.ruleLocked' : 'matching.ruleForbidden', {
              sto: nameOf(stos, pair.stoId),
              organisation: nameOf(organisations, pair.organisationId),
            });
            return (
              <li key={`${k}:${pair.stoId}:${pair.organisationId}`} className={`matching-rule-chip matching-rule-${k}`}>
                <span>{text}</span>
                <button
                  type="button"
                  className="matching-rule-remove"
                  aria-label={t('matching.removeRule', { rule: text })}
                  onClick={() => onRule(pair, 'none')}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {stos.length > 0 && (
        <form
          className="matching-rule-form"
          aria-label={t('matching.addRule')}
          onSubmit={(e) => {
            e.preventDefault();
            if (sto && organisation) onRule({ stoId: sto, organisationId: organisation }, kind);
          }}
        >
          <label className="teams-inline-field">
            <span className="teams-field-label">{t('matching.ruleSto')}</span>
            <select className="teams-select" value={sto} required onChange={(e) => setSto(e.target.value)}>
              <option value="" />
              {stos.map((s) => (
                <option key={s.id} value={s.id}>
                  {nameIn(s, language)}
                </option>
              ))}
            </select>
          </label>
          <label className="teams-inline-field">
            <span className="teams-field-label">{t('matching.ruleKind')}</span>
            <select
              className="teams-select"
              value={kind}
              onChange={(e) => setKind(e.target.value === 'forbid' ? 'forbid' : 'lock')}
            >
              <option value="lock">{t('matching.ruleKindLock')}</option>
              <option value="forbid">{t('matching.ruleKindForbid')}</option>
            </select>
          </label>
          <OrganisationPicker
            language={language}
            label={t('matching.ruleOrganisation')}
            placeholder={t('matching.ruleOrganisationPlaceholder')}
            className="teams-inline-field"
            labelClassName="teams-field-label"
            onPick={setOrganisation}
          />
          {organisation && <span className="teams-muted">{nameOf(organisations, organisation)}</span>}
          <button type="submit" className="button" disabled={!sto || !organisation}>
            {t('matching.ruleAdd')}
          </button>
        </form>
      )}
    </section>
  );
}
