/**
 * One introduction path: the chain of names, how many people pass the request on, its strength
 * on the one scale (word and bar, strength.ts; the last contact when it is old), and per hop how
 * the two people know each other, with the score's calculation. The head is a toggle button that
 * shows the path on the map; the explanation is plain text under it.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { KindIcon } from '../ui/KindIcon.tsx';
import { SendRequest, useSendablePath } from './SendRequest.tsx';
import {
  chainNames,
  hopLines,
  lengthText,
  scoreText,
  type EvidenceLine,
  type IntroPath,
  type TextContext,
} from './intro-text.ts';
import { scoreCalculation, staleYear, strengthLabel, strengthMeter } from './strength.ts';

interface Props {
  path: IntroPath;
  /** The place in the ranking (1 = best), or null when the card is one of a candidate's routes. */
  rank: number | null;
  context: TextContext;
  shown: boolean;
  /** Whether the hop-by-hop explanation is open (a shown path always explains itself). */
  explained: boolean;
  /** The ready-to-send request for this path, shown with the explanation once the path is chosen. */
  request?: string;
  onToggle(): void;
}

/** A line of evidence; a name in the other language keeps its own `lang` and is marked (i18n/text-in.ts). */
function EvidenceText({ line }: { line: EvidenceLine }) {
  const { t } = useTranslation();
  const at = line.fallback ? line.text.indexOf(line.fallback.text) : -1;
  if (!line.fallback || at < 0) return <span>{line.text}</span>;
  const { text, lang } = line.fallback;
  return (
    <span>
      {line.text.slice(0, at)}
      <span lang={lang}>{text}</span>
      {line.text.slice(at + text.length)}{' '}
      <span className="text-fallback" data-testid="text-fallback">
        {t(lang === 'ja' ? 'text.japaneseOnly' : 'text.englishOnly')}
      </span>
    </span>
  );
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

/** The word on the one scale, its bar, and "last contact 2019" when the path's evidence is old. */
export function StrengthBadge({ score, stale, label }: { score: number; stale: number | null; label?: string }) {
  const { t, i18n } = useTranslation();
  const word = strengthLabel(score, t);
  const exact = scoreText(score, i18n.language === 'en' ? 'en' : 'ja', t);
  return (
    <span className="path-score" title={t('intro.scoreTitle', { value: exact })} data-score={score}>
      <span className="path-score-word" aria-label={label ? `${label} ${word}` : undefined}>
        {word}
      </span>
      {stale !== null && <span className="path-score-stale">{t('intro.stale', { year: stale })}</span>}
      <Meter value={strengthMeter(score)} />
    </span>
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

export function PathCard({ path, rank, context, shown, explained, request, onToggle }: Props) {
  const { t } = useTranslation();
  // A request needs someone to pass it on: from the signed-in person, over two hops or more.
  const sendPath = useSendablePath(path.people);
  const { language } = context;
  const names = chainNames(path, language);
  const length = lengthText(path, t);
  const word = strengthLabel(path.score, t);
  const stale = staleYear(path, context.today);
  const score = stale === null ? word : `${word}, ${t('intro.stale', { year: stale })}`;
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
        <StrengthBadge score={path.score} stale={stale} />
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
                    <EvidenceText line={line} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li className="path-calc" data-testid="path-calc">
            {t('intro.calc', { calc: scoreCalculation(path), score: scoreText(path.score, language, t) })}
          </li>
        </ol>
      )}
      {shown && request && <RequestText key={request} text={request} sendPath={sendPath} />}
    </li>
  );
}
