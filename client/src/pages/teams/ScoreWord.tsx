/**
 * A score as the map's introductions panel says it: the word of the one scale (strength.ts), with
 * the exact figure in the tooltip. Shared by the team composer and STO
 * matching.
 */
import { useTranslation } from 'react-i18next';
import { scoreText } from '../../introductions/intro-text.ts';
import { strengthLabel, strengthWord } from '../../introductions/strength.ts';
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
    <span
      className={`teams-score teams-score-${word}`}
      title={title ?? t('intro.scoreTitle', { value: scoreText(value.score, language, t) })}
      data-score={value.score}
    >
      <span className="teams-score-dot" aria-hidden="true" />
      {strengthLabel(value.score, t)}
    </span>
  );
}
