/** Type-ahead choice of the organisation a team is composed for. */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { useDebouncedValue } from '../../search/use-debounced-value.ts';
import { TeamOrgSearchQuery } from './teams-queries.ts';

export function OrgSearch({ language, onPick }: { language: Language; onPick(id: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 200);
  const { data } = useQuery(TeamOrgSearchQuery, { variables: { text: query }, skip: query === '' });
  const hits = query === '' ? [] : (data?.search.nodes ?? []);
  return (
    <div className="teams-picker">
      <label htmlFor="teams-org-search" className="teams-field-label">
        {t('teams.organisation')}
      </label>
      <input
        className="teams-input"
        id="teams-org-search"
        type="search"
        value={text}
        placeholder={t('teams.pickPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      {hits.length > 0 && (
        <ul className="teams-picker-hits" aria-label={t('teams.pickResults')}>
          {hits.map(({ node }) =>
            node.__typename === 'Organisation' ? (
              <li key={node.key}>
                <button
                  type="button"
                  onClick={() => {
                    onPick(node.id);
                    setText('');
                  }}
                >
                  {nameIn(node, language)}
                </button>
              </li>
            ) : null,
          )}
        </ul>
      )}
    </div>
  );
}
