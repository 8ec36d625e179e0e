/** Type-ahead choice of the organisation whose assets the dashboard shows. */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { useDebouncedValue } from '../../search/use-debounced-value.ts';
import { OrganisationSearchQuery } from './assets-queries.ts';

export function OrgPicker({ language, onPick }: { language: Language; onPick(id: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 200);
  const { data } = useQuery(OrganisationSearchQuery, { variables: { text: query }, skip: query === '' });
  const hits = query === '' ? [] : (data?.search.nodes ?? []);
  return (
    <div className="assets-picker">
      <label htmlFor="assets-org-search" className="assets-control-label">
        {t('assets.pickOrganisation')}
      </label>
      <input
        id="assets-org-search"
        type="search"
        value={text}
        placeholder={t('assets.pickPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      {hits.length > 0 && (
        <ul className="assets-picker-hits" aria-label={t('assets.pickResults')}>
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
                  {nameIn(node, language)} <span className="assets-muted">{t(`sector.${node.sector}`)}</span>
                </button>
              </li>
            ) : null,
          )}
        </ul>
      )}
    </div>
  );
}
