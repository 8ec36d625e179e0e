import { useTranslation } from 'react-i18next';
import { KINDS } from '../graph/palette.ts';
import { KindIcon } from './KindIcon.tsx';

interface Props {
  onExample(text: string): void;
}

const EXAMPLES = ['welcome.example1', 'welcome.example2', 'welcome.example3'] as const;

/** The empty state: what this is, three steps, and example searches to start from. */
export function Welcome({ onExample }: Props) {
  const { t } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-kinds" aria-hidden="true">
        {KINDS.map((kind) => (
          <KindIcon key={kind} kind={kind} size={22} />
        ))}
      </div>
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="welcome-lead">{t('welcome.lead')}</p>
      <ol className="welcome-steps">
        <li>{t('welcome.step1')}</li>
        <li>{t('welcome.step2')}</li>
        <li>{t('welcome.step3')}</li>
      </ol>
      <p className="welcome-try">{t('welcome.try')}</p>
      <div className="chips">
        {EXAMPLES.map((key) => (
          <button key={key} type="button" className="chip" onClick={() => onExample(t(key))}>
            {t(key)}
          </button>
        ))}
      </div>
    </section>
  );
}
