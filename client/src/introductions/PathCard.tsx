/**
 * One introduction path: the chain of names, how many people pass the request on, its strength
 * (number and bar), and per hop how the two people know each other. The head is a toggle button
 * that shows the path on the map; the explanation is plain text under it.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { KindIcon } from '../ui/KindIcon.tsx';
import { formatPercent } from '../ui/format.ts';
import { SendRequest, useSendablePath } from './SendRequest.tsx';
import {
  chainNames,
  hopLines,
  lengthText,
  relativeScore,
  scoreText,
  strengthWord,
  type IntroPath,
  type TextContext,
} from './intro-text.ts';

interface Props {
  path: IntroPath;
  /** The place in the ranking (1 = best), or null when the card is one of a candidate's routes. */
  rank: number | null;
  context: TextContext;
  shown: boolean;
  /** Whether the hop-by-hop explanation is open (a shown path always explains itself). */
  explained: boolean;
  /** The best score in the list: this path's strength is shown relative to it. */
  best: number;
  /** The ready-to-send request for this path, shown with the explanation once the path is chosen. */
  request?: string;
  onToggle(): void;
}

/** A declared tie has no kind of its own on the map: two linked dots say "they know each other". */
function EvidenceIcon({ kind }: { kind: EvidenceKind }) {
  if (kind === 'PROJECT') return <KindIcon kind="PROJECT" size={12} />;
  if (kind === 'ORGANISATION') return <KindIcon kind="ORGANISATION" size={12} colour="#9aa1a9" />;
  return (
    <svg className="kind-icon" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="3.5" cy="8" r="2.5" fill="#7b8794" />
      <circle cx="12.5" cy="8" r="2.5" fill="#7b8794" />
      <path d="M6 8h4" stroke="#7b8794" strokeWidth="2" />
    </svg>
  );
}

export function Meter({ value }: { value: number }) {
  const percent = Math.max(2, Math.min(100, value * 100));
  return (
    <span className="meter" aria-hidden="true">
      <span className="meter-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}

function label(names: string[], length: string, score: string, scoreName: string, language: Language): string {
  const chain = names.join(' → ');
  return language === 'ja'
    ? `${chain}。${length}、${scoreName} ${score}`
    : `${chain}. ${length}, ${scoreName} ${score}`;
}

/**
 * The request text, selectable and copyable in one click; when the signed-in person starts the
 * path, editable and sendable as an introduction request (to the first person on it only).
 */
function RequestText({ text, sendPath }: { text: string; sendPath: string[] | null }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState(text);
  const shown = sendPath ? message : text;
  const copy = () => {
    void navigator.clipboard?.writeText(shown).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="request">
      <div className="request-head">
        <span className="request-title">{t('intro.request.title')}</span>
        <button type="button" className="button" onClick={copy}>
          {copied ? t('intro.request.copied') : t('intro.request.copy')}
        </button>
      </div>
      <textarea
        className="request-text"
        readOnly={!sendPath}
        value={shown}
        onChange={(e) => setMessage(e.target.value)}
        rows={Math.min(14, shown.split('\n').length + 1)}
        aria-label={t('intro.request.title')}
      />
      {sendPath && <SendRequest sendPath={sendPath} message={message} />}
    </div>
  );
}

export function PathCard({ path, rank, context, shown, explained, best, request, onToggle }: Props) {
  const { t } = useTranslation();
  // A request needs someone to pass it on: from the signed-in person, over two hops or more.
  const sendPath = useSendablePath(path.people);
  const { language } = context;
  const names = chainNames(path, language);
  const length = lengthText(path, t);
  const relative = relativeScore(path.score, best);
  const score = formatPercent(relative, language);
  const word = t(`intro.strength.${strengthWord(path.score)}`);
  return (
    <li className={shown ? 'path-card path-card-shown' : 'path-card'}>
      <button
        type="button"
        className="path-head"
        aria-pressed={shown}
        aria-label={label(names, length, `${word} (${score})`, t('intro.pathScore'), language)}
        title={t('intro.showPath')}
        data-path-button=""
        onClick={onToggle}
      >
        {rank !== null && (
          <span className="path-rank" aria-hidden="true">
            {rank}
          </span>
        )}
        <span className="path-main">
          <span className="path-chain">
            {names.map((name, i) => (
              <Fragment key={path.people[i]!.key}>
                {/* Spaces around the arrow: a long chain wraps there, never inside a name. */}
                {i > 0 && (
                  <>
                    {' '}
                    <span className="path-arrow">→</span>{' '}
                  </>
                )}
                <span className="path-name">{name}</span>
              </Fragment>
            ))}
          </span>
          <span className="path-length">{length}</span>
        </span>
        <span className="path-score" title={t('intro.scoreTitle', { value: scoreText(path.score, language, t) })}>
          <span className="path-score-word">{word}</span>
          <span className="path-score-value">{score}</span>
          <Meter value={relative} />
        </span>
      </button>
      {(explained || shown) && (
        <ol className="path-hops">
          {path.hops.map((hop, i) => (
            <li key={`${hop.from.key}-${hop.to.key}`} className="path-hop">
              <span className="hop-pair">{t('intro.hop', { from: names[i], to: names[i + 1] })}</span>
              <ul className="hop-evidence">
                {hopLines(hop, context).map((line) => (
                  <li key={line.text}>
                    <EvidenceIcon kind={line.kind} />
                    <span>{line.text}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {shown && request && <RequestText key={request} text={request} sendPath={sendPath} />}
    </li>
  );
}
