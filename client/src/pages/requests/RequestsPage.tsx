/**
 * Introduction requests (`/requests`): the ones waiting for my answer first, then the others I am
 * on, each showing only my part of it; my answer (accept, decline with a private reason, suggest
 * someone else); contacts once an introduction is made, and what came of it; and whether and how
 * often I am willing to be asked.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../account/account.ts';
import { RefPicker } from '../../edit/RefPicker.tsx';
import { CalibrationCard } from './CalibrationCard.tsx';
import type { IntroductionOutcome, IntroductionRequestFieldsFragment, MailLanguage } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatDateTime } from '../../ui/format.ts';
import type { PageProps } from '../page-props.ts';
import { DecideMutation, OutcomeMutation, PreferencesMutation, RequestsQuery } from './requests-queries.ts';
import '../../styles/edit.css';
import '../../styles/import.css';
import '../../styles/requests.css';

type Request = IntroductionRequestFieldsFragment;
type Named = { key: string; name: string; nameKana?: string | null; nameLatin?: string | null } | null | undefined;

const ORDER: Record<Request['state'], number> = {
  YOUR_TURN: 0,
  ACCEPTED: 1,
  WAITING: 2,
  SUGGESTED: 3,
  PASSED_ON: 4,
  CLOSED: 5,
};

export function RequestsPage({ language, onOpenNode }: PageProps) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(RequestsQuery, { fetchPolicy: 'cache-and-network' });
  const { account } = useAccount();
  const requests = [...(data?.introductionRequests ?? [])].sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  return (
    <div className="page requests-page">
      <h1>{t('requests.title')}</h1>
      <p className="requests-lead">{t('requests.lead')}</p>
      {error && <ErrorNotice error={error} />}
      {!loading && data && requests.length === 0 && <p className="notice">{t('requests.none')}</p>}
      <ul className="requests-list">
        {requests.map((r) => (
          <RequestCard key={r.id} request={r} language={language} onOpenNode={onOpenNode} />
        ))}
      </ul>
      {data && <PreferencesForm initial={data.introductionPreferences} />}
      {account?.administrator && <CalibrationCard language={language} />}
    </div>
  );
}

function Name({ person, language, onOpenNode }: { person: Named; language: Language; onOpenNode(key: string): void }) {
  if (!person) return null;
  return (
    <button type="button" className="request-name" onClick={() => onOpenNode(person.key)}>
      {nameIn(person, language)}
    </button>
  );
}

function RequestCard({
  request: r,
  language,
  onOpenNode,
}: { request: Request; language: Language } & Pick<PageProps, 'onOpenNode'>) {
  const { t } = useTranslation();
  const name = (p: Named) => (p ? nameIn(p, language) : '');
  const link = (p: Named) => <Name person={p} language={language} onOpenNode={onOpenNode} />;
  const headline =
    r.role === 'ASKER'
      ? t('requests.headline.asker', { target: name(r.target) })
      : r.role === 'TARGET'
        ? t('requests.headline.target', { asker: name(r.asker), from: name(r.from) })
        : t('requests.headline.introducer', { asker: name(r.asker), next: name(r.next) });
  return (
    <li className={`request-card request-${r.state.toLowerCase()}`} data-testid="request-card">
      <div className="request-card-head">
        <span className={`request-state state-${r.state.toLowerCase()}`}>{t(`requests.state.${r.state}`)}</span>
        <h2 className="request-headline">{headline}</h2>
      </div>
      <p className="request-people">
        {r.role === 'ASKER' && r.path && (
          <>
            {t('requests.path')}{' '}
            {r.path.map((p, i) => (
              <span key={p.key}>
                {i > 0 && ' → '}
                {link(p)}
              </span>
            ))}
            {r.progress !== null && r.progress !== undefined && (
              <> · {t('requests.progress', { done: r.progress, hops: r.path.length - 1 })}</>
            )}
          </>
        )}
        {r.role !== 'ASKER' && (
          <>
            {t('requests.asker')} {link(r.asker)}
            {r.from && r.from.key !== r.asker?.key && (
              <>
                {' · '}
                {t('requests.from')} {link(r.from)}
              </>
            )}
            {r.next && (
              <>
                {' · '}
                {t('requests.next')} {link(r.next)}
              </>
            )}
          </>
        )}
      </p>
      <p className="request-message-label">{t('requests.messageLabel', { asker: name(r.asker) })}</p>
      <blockquote className="request-message">{r.message}</blockquote>
      <p className="request-dates">
        {t('requests.dates', {
          created: formatDateTime(r.created, language),
          expires: formatDateTime(r.expires, language),
        })}
      </p>
      {r.state === 'SUGGESTED' && r.suggestion && (
        <p className="request-suggestion">
          {t('requests.suggested')} {link(r.suggestion)}
        </p>
      )}
      {r.myReason && <p className="request-reason">{t('requests.myReason', { reason: r.myReason })}</p>}
      {r.state === 'YOUR_TURN' && <Decision request={r} language={language} />}
      {r.state === 'ACCEPTED' && r.role !== 'INTRODUCER' && <Accepted request={r} language={language} />}
    </li>
  );
}

function Decision({ request: r, language }: { request: Request; language: Language }) {
  const { t } = useTranslation();
  // The header's count of waiting requests changes with every answer.
  const [decide, { loading, error }] = useMutation(DecideMutation, { refetchQueries: ['IntroductionRequestsWaiting'] });
  const [mode, setMode] = useState<'none' | 'decline' | 'suggest'>('none');
  const [reason, setReason] = useState('');
  const [suggested, setSuggested] = useState<{ id: string; name: string | null }>({ id: '', name: null });
  const send = (decision: 'ACCEPT' | 'DECLINE' | 'SUGGEST') =>
    void decide({
      variables: {
        id: r.id,
        decision,
        reason: decision === 'DECLINE' ? reason.trim() || null : null,
        suggestedPersonId: decision === 'SUGGEST' ? suggested.id : null,
      },
    }).catch(() => {});
  const target = r.role === 'TARGET';
  return (
    <div className="request-actions">
      {mode === 'none' && (
        <div className="request-buttons">
          <button type="button" className="button-primary" disabled={loading} onClick={() => send('ACCEPT')}>
            {target ? t('requests.acceptMeet') : t('requests.acceptPass')}
          </button>
          <button type="button" className="button" disabled={loading} onClick={() => setMode('decline')}>
            {t('requests.decline')}
          </button>
          {!target && (
            <button type="button" className="button" disabled={loading} onClick={() => setMode('suggest')}>
              {t('requests.suggest')}
            </button>
          )}
        </div>
      )}
      {mode === 'decline' && (
        <div className="request-form">
          <label>
            {t('requests.reason')}
            <textarea value={reason} rows={2} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
          <p className="import-hint">{t('requests.reasonHint')}</p>
          <SendOrBack
            label={t('requests.declineSend')}
            disabled={loading}
            onSend={() => send('DECLINE')}
            onBack={() => setMode('none')}
          />
        </div>
      )}
      {mode === 'suggest' && (
        <div className="request-form">
          <RefPicker
            id={`suggest-${r.id}`}
            kind="PERSON"
            label={t('requests.suggestWho')}
            language={language}
            value={suggested.id}
            valueLabel={suggested.name}
            required
            invalid={false}
            describedBy={`suggest-${r.id}-hint`}
            onChange={(id, name) => setSuggested({ id, name })}
          />
          <p id={`suggest-${r.id}-hint`} className="import-hint">
            {t('requests.suggestHint')}
          </p>
          <SendOrBack
            label={t('requests.suggestSend')}
            disabled={loading || !suggested.id}
            onSend={() => send('SUGGEST')}
            onBack={() => setMode('none')}
          />
        </div>
      )}
      {error && <ErrorNotice error={error} compact />}
    </div>
  );
}

/** A form's two buttons: send it, or go back to the three answers. */
function SendOrBack(props: { label: string; disabled: boolean; onSend(): void; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <div className="request-buttons">
      <button type="button" className="button-primary" disabled={props.disabled} onClick={props.onSend}>
        {props.label}
      </button>
      <button type="button" className="button" onClick={props.onBack}>
        {t('requests.back')}
      </button>
    </div>
  );
}

const OUTCOMES: IntroductionOutcome[] = ['MET', 'NOT_YET', 'NOT_USEFUL'];

function Accepted({ request: r, language }: { request: Request; language: Language }) {
  const { t } = useTranslation();
  const [record, { loading, error }] = useMutation(OutcomeMutation);
  const today = new Date().toISOString().slice(0, 10);
  const [metOn, setMetOn] = useState(today);
  const [note, setNote] = useState(r.myNote ?? '');
  const other = r.role === 'ASKER' ? r.target : r.asker;
  return (
    <div className="request-actions">
      {r.contactEmail && (
        <p className="request-contact">
          {t('requests.contact', { name: other ? nameIn(other, language) : '' })}{' '}
          <a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a>
        </p>
      )}
      <div className="request-outcome">
        <span>{t('requests.outcomeQuestion')}</span>
        <label>
          {t('requests.metOn')}
          <input type="date" value={metOn} max={today} onChange={(e) => setMetOn(e.target.value)} />
        </label>
        <label>
          {t('requests.note')}
          <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="request-buttons" role="group" aria-label={t('requests.outcomeQuestion')}>
          {OUTCOMES.map((o) => (
            <button
              key={o}
              type="button"
              className={r.myOutcome === o ? 'button-primary' : 'button'}
              aria-pressed={r.myOutcome === o}
              disabled={loading}
              onClick={() =>
                void record({
                  variables: { id: r.id, outcome: o, metOn: o === 'MET' ? metOn : null, note: note.trim() || null },
                }).catch(() => {})
              }
            >
              {t(`requests.outcome.${o}`)}
            </button>
          ))}
        </div>
      </div>
      {error && <ErrorNotice error={error} compact />}
    </div>
  );
}

function PreferencesForm({
  initial,
}: {
  initial: { paused: boolean; monthlyLimit?: number | null; language: MailLanguage; digest: boolean };
}) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(initial.paused);
  const [limit, setLimit] = useState(initial.monthlyLimit ? String(initial.monthlyLimit) : '');
  const [mailLanguage, setMailLanguage] = useState<MailLanguage>(initial.language);
  const [digest, setDigest] = useState(initial.digest);
  const [save, { loading, error, data }] = useMutation(PreferencesMutation);
  return (
    <section className="import-card requests-preferences" aria-labelledby="requests-preferences">
      <h2 id="requests-preferences">{t('requests.preferences.title')}</h2>
      <label className="import-check">
        <input type="checkbox" checked={paused} onChange={(e) => setPaused(e.target.checked)} />
        {t('requests.preferences.paused')}
      </label>
      <label className="import-check">
        <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
        {t('requests.preferences.digest')}
      </label>
      <div className="import-row">
        <label>
          {t('requests.preferences.limit')}
          <input
            type="number"
            min={1}
            max={100}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            placeholder={t('requests.preferences.noLimit')}
          />
        </label>
        <label>
          {t('requests.preferences.language')}
          <select value={mailLanguage} onChange={(e) => setMailLanguage(e.target.value as MailLanguage)}>
            <option value="JA">日本語</option>
            <option value="EN">English</option>
          </select>
        </label>
        <button
          type="button"
          className="button-primary"
          disabled={loading}
          onClick={() =>
            void save({
              variables: { paused, monthlyLimit: limit.trim() ? Number(limit) : null, language: mailLanguage, digest },
            }).catch(() => {})
          }
        >
          {t('requests.preferences.save')}
        </button>
      </div>
      <p className="import-hint" role="status">
        {data ? t('requests.preferences.saved') : t('requests.preferences.hint')}
      </p>
      {error && <ErrorNotice error={error} compact />}
    </section>
  );
}
