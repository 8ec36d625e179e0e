/**
 * The one page a signed-out browser sees: ask for a sign-in link by e-mail, in Japanese or
 * English. The answer is the same whether or not the address may sign in.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDocumentLanguage, storeLanguage } from '../i18n/index.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { LanguageToggle } from '../ui/LanguageToggle.tsx';
import { askForLink, signInOptions, signInProblem, type LinkAnswer } from './account.ts';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'ja');
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<LinkAnswer | null>(null);
  const [sending, setSending] = useState(false);
  const problem = signInProblem(window.location.search);
  const [provider, setProvider] = useState<string | null>(null);
  useEffect(() => {
    void signInOptions().then((options) => setProvider(options.oidc));
  }, []);

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    storeLanguage(next);
    void i18n.changeLanguage(next);
    applyDocumentLanguage(next);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setAnswer(await askForLink(email.trim(), language));
    setSending(false);
  };

  return (
    <div className="sign-in">
      <header className="sign-in-header">
        <span className="brand-mark" lang="ja">
          {t('app.brand')}
        </span>
        <LanguageToggle language={language} onChange={changeLanguage} />
      </header>
      <main className="sign-in-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('account.signInTitle')}</h1>
        <p>{t('account.signInLead')}</p>
        {problem && answer === null && (
          <p className="sign-in-problem" role="alert">
            {t(`account.problem.${problem}`)}
          </p>
        )}
        {provider && (
          <>
            <a className="button button-primary sign-in-provider" href="/auth/oidc/start">
              {t('account.withProvider', { provider })}
            </a>
            <p className="sign-in-or">{t('account.or')}</p>
          </>
        )}
        {answer === 'sent' ? (
          <p className="sign-in-sent" role="status">
            {t('account.sent', { email: email.trim() })}
          </p>
        ) : (
          <form onSubmit={(event) => void submit(event)}>
            <label htmlFor="sign-in-email">{t('account.email')}</label>
            <input
              id="sign-in-email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <button type="submit" className="button button-primary" disabled={sending}>
              {t('account.sendLink')}
            </button>
            {answer && (
              <p className="sign-in-problem" role="alert">
                {t(`account.answer.${answer}`)}
              </p>
            )}
          </form>
        )}
      </main>
    </div>
  );
}
