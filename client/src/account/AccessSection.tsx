/**
 * "Accounts and roles" of an organisation, for its owners and administrators: who may view, edit
 * or own it, and an invitation by e-mail (the server creates the account and mails the invitation
 * in the language shown).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.ts';
import type { MailLanguage, Role } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { useAccount } from './account.ts';
import { auditWords } from './audit-words.ts';

const AccountsQuery = graphql(`
  query OrganisationAccounts($organisationId: ID!) {
    organisationAccounts(organisationId: $organisationId) {
      email
      role
    }
  }
`);

const SetRole = graphql(`
  mutation SetOrganisationRole($organisationId: ID!, $email: String!, $role: Role, $language: MailLanguage) {
    setOrganisationRole(organisationId: $organisationId, email: $email, role: $role, language: $language) {
      email
      role
    }
  }
`);

const AuditQuery = graphql(`
  query OrganisationAudit($organisationId: ID!) {
    auditLog(organisationId: $organisationId, first: 20) {
      at
      actor
      action
      records
    }
  }
`);

const ROLES: Role[] = ['OWNER', 'EDITOR', 'VIEWER'];

/** Shown only to the organisation's owners and to administrators (the server checks again). */
export function AccessSection({ organisationId, language }: { organisationId: string; language: Language }) {
  const { account } = useAccount();
  const owns =
    account !== null &&
    (account.administrator || account.roles.some((r) => r.organisation.id === organisationId && r.role === 'OWNER'));
  return owns ? <Accounts organisationId={organisationId} language={language} /> : null;
}

function Accounts({ organisationId, language }: { organisationId: string; language: Language }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AccountsQuery, { variables: { organisationId } });
  const [setRole, { error: setError }] = useMutation(SetRole);
  const [email, setEmail] = useState('');
  const [role, setNewRole] = useState<Role>('EDITOR');
  const mailLanguage: MailLanguage = language === 'en' ? 'EN' : 'JA';
  const change = async (address: string, next: Role | null) => {
    const result = await setRole({
      variables: { organisationId, email: address, role: next, language: mailLanguage },
    }).catch(() => null);
    if (result?.data) await refetch();
    return result?.data !== undefined && result !== null;
  };
  const invite = async (event: FormEvent) => {
    event.preventDefault();
    if (await change(email.trim(), role)) setEmail('');
  };
  const accounts = data?.organisationAccounts ?? [];

  return (
    <section className="details-section access-section" aria-labelledby={`access-${organisationId}`}>
      <h3 id={`access-${organisationId}`}>
        {t('access.title')}
        <span className="count">{accounts.length}</span>
      </h3>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <ul className="details-list">
        {accounts.map((a) => (
          <li key={a.email} className="access-row">
            <span className="access-email">{a.email}</span>
            <select
              aria-label={t('access.roleOf', { email: a.email })}
              value={a.role}
              onChange={(event) => void change(a.email, event.target.value as Role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`access.role.${r}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              aria-label={t('access.removeOf', { email: a.email })}
              onClick={() => void change(a.email, null)}
            >
              {t('access.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="access-invite" onSubmit={(event) => void invite(event)}>
        <input
          type="email"
          required
          aria-label={t('access.email')}
          placeholder={t('access.email')}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <select
          aria-label={t('access.newRole')}
          value={role}
          onChange={(event) => setNewRole(event.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`access.role.${r}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-primary">
          {t('access.invite')}
        </button>
      </form>
      {setError && <ErrorNotice error={setError} />}
      <AuditList organisationId={organisationId} language={language} />
    </section>
  );
}

function AuditList({ organisationId, language }: { organisationId: string; language: Language }) {
  const { t } = useTranslation();
  const { data } = useQuery(AuditQuery, { variables: { organisationId }, fetchPolicy: 'network-only' });
  const entries = data?.auditLog ?? [];
  const when = new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <details className="audit-list">
      <summary>{t('audit.title')}</summary>
      {entries.length === 0 ? (
        <p className="muted">{t('details.empty')}</p>
      ) : (
        <ol>
          {entries.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>{' '}
              <span className="audit-actor">{entry.actor ?? t('audit.erased')}</span>{' '}
              <span>{auditWords(entry.action, t)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
