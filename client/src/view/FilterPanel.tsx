/**
 * The map's filters, beside the map: kinds and sectors as check boxes with live counts, a skill
 * (narrower skills included) and an organisation picked by type-ahead, the weakest tie and the
 * oldest last contact to keep. Every change applies at once; the URL keeps it.
 */
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import { nameIn } from '../graph/names.ts';
import { FilterOrganisationQuery, FilterSkillQuery } from '../graph/neighbourhood-query.ts';
import { KINDS, SECTORS } from '../graph/palette.ts';
import type { Language } from '../i18n/languages.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { formatNumber } from '../ui/format.ts';
import { KindIcon } from '../ui/KindIcon.tsx';
import { activeFilterCount, CONTACT_PERIODS, NO_FILTERS, STRENGTHS, toggleIn, type Filters } from './filters.ts';

interface Props {
  filters: Filters;
  language: Language;
  /** Shown and loaded nodes per kind. */
  counts: { shown: Record<NodeKind, number>; loaded: Record<NodeKind, number> } | null;
  onChange(filters: Filters): void;
  onClose(): void;
}

function Chip({ label, onRemove, removeLabel }: { label: string; onRemove(): void; removeLabel: string }) {
  return (
    <span className="filter-chip">
      <span>{label}</span>
      <button type="button" className="icon-button" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

function Picked({ filters, language, onChange }: Pick<Props, 'filters' | 'language' | 'onChange'>) {
  const { t } = useTranslation();
  const skill = useQuery(FilterSkillQuery, { variables: { id: filters.skill ?? '' }, skip: !filters.skill });
  const org = useQuery(FilterOrganisationQuery, { variables: { id: filters.org ?? '' }, skip: !filters.org });
  const skillName = skill.data?.skill ? nameIn(skill.data.skill, language) : filters.skill;
  const orgName = org.data?.organisation ? nameIn(org.data.organisation, language) : filters.org;
  return (
    <>
      <fieldset className="filter-group">
        <legend>{t('filters.skill')}</legend>
        {filters.skill ? (
          <Chip
            label={skillName ?? ''}
            removeLabel={t('filters.remove', { name: skillName })}
            onRemove={() => onChange({ ...filters, skill: null })}
          />
        ) : (
          <SearchBox
            className="search-inline"
            language={language}
            kinds={['SKILL']}
            label={t('filters.skillLabel')}
            placeholder={t('filters.skillPlaceholder')}
            hint={t('intro.pickHint')}
            shortcut={false}
            onPick={(_, hit) => onChange({ ...filters, skill: hit.id })}
          />
        )}
        <p className="filter-note">{t('filters.skillNote')}</p>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.organisation')}</legend>
        {filters.org ? (
          <Chip
            label={orgName ?? ''}
            removeLabel={t('filters.remove', { name: orgName })}
            onRemove={() => onChange({ ...filters, org: null })}
          />
        ) : (
          <SearchBox
            className="search-inline"
            language={language}
            kinds={['ORGANISATION']}
            label={t('filters.organisationLabel')}
            placeholder={t('filters.organisationPlaceholder')}
            hint={t('intro.pickHint')}
            shortcut={false}
            onPick={(_, hit) => onChange({ ...filters, org: hit.id })}
          />
        )}
        <p className="filter-note">{t('filters.organisationNote')}</p>
      </fieldset>
    </>
  );
}

function Ties({ filters, onChange }: Pick<Props, 'filters' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.ties')}</legend>
      <div className="filter-row" role="group" aria-label={t('filters.minStrength')}>
        <span className="filter-label">{t('filters.minStrength')}</span>
        <div className="segmented">
          {STRENGTHS.map((s) => (
            <button
              key={s}
              type="button"
              className={s === filters.minStrength ? 'segment segment-on' : 'segment'}
              aria-pressed={s === filters.minStrength}
              title={t('filters.strengthOption', { value: s })}
              onClick={() => onChange({ ...filters, minStrength: s })}
            >
              {s === 1 ? t('filters.all') : `${s}+`}
            </button>
          ))}
        </div>
      </div>
      <label className="filter-row">
        <span className="filter-label">{t('filters.contact')}</span>
        <select
          value={filters.contact}
          onChange={(e) => onChange({ ...filters, contact: e.target.value as Filters['contact'] })}
        >
          {CONTACT_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`filters.contactPeriods.${p}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

export function FilterPanel({ filters, language, counts, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const kindsOn = filters.kinds.length === 0 ? KINDS : filters.kinds;
  const sectorsOn = filters.sectors.length === 0 ? SECTORS : filters.sectors;
  const n = (value: number) => formatNumber(value, language);
  return (
    <section id="filter-panel" className="filter-panel" aria-labelledby="filter-title" data-canvas-inset="left">
      <header className="filter-header">
        <h2 id="filter-title">{t('filters.title')}</h2>
        {activeFilterCount(filters) > 0 && (
          <button type="button" className="button-link" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.reset')}
          </button>
        )}
        <button type="button" className="icon-button" aria-label={t('filters.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <fieldset className="filter-group">
        <legend>{t('filters.kinds')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="filter-check">
            <input
              type="checkbox"
              checked={kindsOn.includes(kind)}
              onChange={() => onChange({ ...filters, kinds: toggleIn(filters.kinds, kind, KINDS) })}
            />
            <KindIcon kind={kind} size={14} />
            <span className="filter-check-label">{t(`kind.${kind}`)}</span>
            {counts && (
              <span className="filter-count" data-kind-count={kind}>
                {t('filters.count', { shown: n(counts.shown[kind]), loaded: n(counts.loaded[kind]) })}
              </span>
            )}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.sectors')}</legend>
        <div className="filter-sectors">
          {SECTORS.map((sector) => (
            <label key={sector} className="filter-check">
              <input
                type="checkbox"
                checked={sectorsOn.includes(sector)}
                onChange={() => onChange({ ...filters, sectors: toggleIn(filters.sectors, sector, SECTORS) })}
              />
              <KindIcon kind="ORGANISATION" sector={sector} size={12} />
              <span className="filter-check-label">{t(`sector.${sector}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Ties filters={filters} onChange={onChange} />
      <Picked filters={filters} language={language} onChange={onChange} />
    </section>
  );
}
