/** The composer's options: how many alternatives, how many experts at most, how much to favour experts who know each other. */
import { useTranslation } from 'react-i18next';
import type { TeamState } from './team-state.ts';

const clamp = (value: string) => Math.min(10, Math.max(1, Number(value) || 1));

/** The cohesion weight (0–2) in words, so the slider reads as a choice rather than a number. */
function cohesionLevel(weight: number): 'off' | 'low' | 'medium' | 'high' {
  if (weight <= 0) return 'off';
  if (weight <= 0.5) return 'low';
  if (weight <= 1.25) return 'medium';
  return 'high';
}

export function TeamOptions({ state, update }: { state: TeamState; update(f: (s: TeamState) => TeamState): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="teams-panel teams-options">
      <legend>{t('teams.options')}</legend>
      <div className="teams-options-grid">
        <label className="teams-field">
          <span className="teams-field-label">{t('teams.k')}</span>
          <input
            className="teams-input teams-number"
            type="number"
            min={1}
            max={10}
            value={state.k}
            onChange={(e) => update((s) => ({ ...s, k: clamp(e.target.value) }))}
          />
        </label>
        <label className="teams-field">
          <span className="teams-field-label">{t('teams.maxExperts')}</span>
          <input
            className="teams-input teams-number"
            type="number"
            min={1}
            max={10}
            value={state.maxExperts}
            onChange={(e) => update((s) => ({ ...s, maxExperts: clamp(e.target.value) }))}
          />
        </label>
        <label className="teams-field teams-field-wide">
          <span className="teams-field-label">{t('teams.cohesion')}</span>
          <span className="teams-range-row">
            <input
              className="teams-range"
              type="range"
              min={0}
              max={2}
              step={0.25}
              value={state.cohesion}
              aria-describedby="teams-cohesion-hint"
              aria-valuetext={t(`teams.cohesionLevel.${cohesionLevel(state.cohesion)}`)}
              onChange={(e) => update((s) => ({ ...s, cohesion: Number(e.target.value) }))}
            />
            <output className="teams-range-value">{t(`teams.cohesionLevel.${cohesionLevel(state.cohesion)}`)}</output>
          </span>
          <span id="teams-cohesion-hint" className="teams-hint">
            {t('teams.cohesionHint')}
          </span>
        </label>
      </div>
    </fieldset>
  );
}
