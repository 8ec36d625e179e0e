/** Exports the selected team as Markdown (download) or a printable page, in Japanese or English. */
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { PrintableProposal } from './PrintableProposal.tsx';
import { proposalMarkdown } from './proposal-markdown.ts';
import type { Proposal, Team } from './team-text.ts';

export function ExportPanel({ proposal, team, language }: { proposal: Proposal; team: Team; language: Language }) {
  const { t } = useTranslation();
  const [exportLanguage, setExportLanguage] = useState<Language>(language);
  const markdown = () =>
    proposalMarkdown(
      proposal,
      team,
      i18n.getFixedT(exportLanguage),
      exportLanguage,
      new Date().toISOString().slice(0, 10),
    );
  const text = markdown();
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `team-${proposal.organisation.id}-${team.rank}-${exportLanguage}.md`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="teams-export" aria-label={t('teams.export')}>
      <h3>{t('teams.export')}</h3>
      <p className="teams-hint">{t('teams.exportHint')}</p>
      <div className="teams-export-row">
        <label className="teams-inline-field">
          <span className="teams-field-label">{t('teams.exportLanguage')}</span>
          <select
            className="teams-select"
            value={exportLanguage}
            onChange={(e) => setExportLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'ja' ? '日本語' : 'English'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={download}>
          {t('teams.download')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('teams.print')}
        </button>
      </div>
      <pre hidden data-testid="teams-markdown">
        {text}
      </pre>
      <PrintableProposal markdown={text} />
    </section>
  );
}
