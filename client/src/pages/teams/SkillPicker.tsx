/**
 * Required skills chosen from the hierarchy (broader skills with their narrower ones indented),
 * filtered by name in either language; each chosen skill gets a minimum level. Choosing a broader
 * skill also accepts holders of its narrower skills (the server's rule).
 */
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillHierarchyQuery } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import type { SkillChoice } from './team-state.ts';
import { SkillHierarchyQuery as Query } from './teams-queries.ts';

type Entry = SkillHierarchyQuery['skillHierarchy'][number];

/** Depth-first order: each skill followed by its narrower skills, siblings by name. */
function ordered(entries: Entry[], language: Language): { entry: Entry; depth: number }[] {
  const children = new Map<string | null, Entry[]>();
  for (const e of entries) children.set(e.broaderId, [...(children.get(e.broaderId) ?? []), e]);
  const out: { entry: Entry; depth: number }[] = [];
  const collator = new Intl.Collator(language === 'ja' ? 'ja' : 'en');
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) =>
      collator.compare(nameIn(a.skill, language), nameIn(b.skill, language)),
    );
    for (const e of list) {
      out.push({ entry: e, depth });
      walk(e.skill.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function SkillPicker({
  language,
  chosen,
  onChange,
}: {
  language: Language;
  chosen: SkillChoice[];
  onChange(skills: SkillChoice[]): void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(Query);
  const [filter, setFilter] = useState('');
  const entries = useMemo(() => ordered(data?.skillHierarchy ?? [], language), [data, language]);
  const byId = new Map(entries.map(({ entry }) => [entry.skill.id, entry]));
  const needle = filter.trim().toLowerCase();
  const visible = entries.filter(
    ({ entry }) =>
      needle === '' ||
      [entry.skill.nameJa, entry.skill.nameEn, entry.skill.id].some((n) => n?.toLowerCase().includes(needle)),
  );
  const isChosen = (id: string) => chosen.some((s) => s.id === id);
  const toggle = (id: string) =>
    onChange(isChosen(id) ? chosen.filter((s) => s.id !== id) : [...chosen, { id, minLevel: 1 }].slice(0, 10));
  const name = (id: string) => (byId.get(id) ? nameIn(byId.get(id)!.skill, language) : id);
  return (
    <fieldset className="teams-panel teams-skills">
      <legend>{t('teams.skills')}</legend>
      <p className="teams-hint">{t('teams.skillsHint')}</p>
      <ul className="teams-chosen" aria-label={t('teams.selected')}>
        {chosen.length === 0 && <li className="teams-muted">{t('teams.noSkills')}</li>}
        {chosen.map((s) => (
          <li key={s.id} data-skill={s.id}>
            <span className="teams-chip-name">{name(s.id)}</span>
            <select
              className="teams-select teams-select-small"
              aria-label={t('teams.minLevel', { skill: name(s.id) })}
              value={s.minLevel}
              onChange={(e) =>
                onChange(chosen.map((c) => (c.id === s.id ? { ...c, minLevel: Number(e.target.value) } : c)))
              }
            >
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {t('teams.levelAtLeast', { level: l })}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="teams-chip-remove"
              aria-label={t('teams.remove', { skill: name(s.id) })}
              onClick={() => toggle(s.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="teams-input teams-filter"
        type="search"
        value={filter}
        placeholder={t('teams.skillFilter')}
        aria-label={t('teams.skillFilter')}
        onChange={(e) => setFilter(e.target.value)}
      />
      {/* The scroll box wraps the columns: a height-capped multi-column list would overflow sideways. */}
      <div className="teams-tree-box">
        <ul className="teams-tree" aria-label={t('teams.skillTree')}>
          {visible.map(({ entry, depth }) => (
            <li
              key={entry.skill.id}
              className={depth === 0 ? 'teams-tree-top' : undefined}
              style={{ paddingInlineStart: `${depth * 1.25}em` }}
            >
              <label className="teams-check">
                <input type="checkbox" checked={isChosen(entry.skill.id)} onChange={() => toggle(entry.skill.id)} />
                <span className="teams-check-name">{nameIn(entry.skill, language)}</span>
                <span className="teams-count">{t('teams.holders', { count: entry.holders })}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
