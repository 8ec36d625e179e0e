/**
 * A score as the map's introductions panel says it: a word (strong, good, fair, weak) and a
 * percentage, with the exact figure in the tooltip. Shared by the team composer and STO matching.
 */
import { useTranslation } from 'react-i18next';
import { scoreText, strengthWord } from '../../introductions/intro-text.ts';
import type { Language } from '../../i18n/languages.ts';

export function ScoreWord({
  value,
  language,
  title,
}: {
  value: { score: number };
  language: Language;
  title?: string;
}) {
  const { t } = useTranslation();
  const word = strengthWord(value.score);
  return (
    <span className={`teams-score teams-score-${word}`} title={title} data-score={value.score}>
      <span className="teams-score-dot" aria-hidden="true" />
      {t(`intro.strength.${word}`)}
      <span className="teams-score-value">{scoreText(value.score, language, t)}</span>
    </span>
  );
}
