/**
 * The "Find an introduction" button of a person's or an organisation's details, and the finder
 * it opens in its place. The signed-in person's own record says so.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameFields } from '../graph/names.ts';
import type { PathHighlight } from '../graph/path-overlay.ts';
import type { Language } from '../i18n/languages.ts';
import { IntroductionFinder } from './IntroductionFinder.tsx';
import type { IntroSource } from './IntroductionResults.tsx';
import { useMe } from './me.ts';

interface Props {
  subject: IntroSource & { key: string } & NameFields;
  language: Language;
  shownPath: string | null;
  onShowPath(path: PathHighlight | null): void;
}

export function FinderSection({ subject, language, shownPath, onShowPath }: Props) {
  const { t } = useTranslation();
  const [finding, setFinding] = useState(false);
  const findButton = useRef<HTMLButtonElement>(null);
  const me = useMe();
  const isMe = me?.key === subject.key;
  if (finding) {
    return (
      <IntroductionFinder
        subject={subject}
        language={language}
        shownPath={shownPath}
        onShowPath={onShowPath}
        onClose={() => {
          setFinding(false);
          onShowPath(null);
          // The button comes back in place of the finder: keep the keyboard where it was.
          window.setTimeout(() => findButton.current?.focus(), 0);
        }}
      />
    );
  }
  return (
    <div className="details-actions">
      <button
        ref={findButton}
        type="button"
        className="button button-primary"
        title={t(subject.kind === 'PERSON' ? 'intro.openHint' : 'intro.openHintOrganisation')}
        onClick={() => setFinding(true)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="3" cy="8" r="2" fill="currentColor" />
          <circle cx="13" cy="4" r="2" fill="currentColor" />
          <circle cx="13" cy="12" r="2" fill="currentColor" />
          <path d="M4.8 7.1l6.4-2.4M4.8 8.9l6.4 2.4" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        {t('intro.open')}
      </button>
      {isMe && (
        <span className="badge" title={t('intro.meHint')}>
          {t('intro.isMe')}
        </span>
      )}
    </div>
  );
}
