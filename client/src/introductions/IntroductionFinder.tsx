/**
 * "Find an introduction" inside a person's or an organisation's details: from them (or from
 * "me", when the reader has said who they are) to a person, a skill or an organisation, picked by
 * type-ahead over the same search as the header; optionally a minimum level and how long a chain
 * may be. The ranked answer appears below. Changing the question clears the path shown on the
 * map, which belonged to the previous answer.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn, type NameFields } from '../graph/names.ts';
import type { PathHighlight } from '../graph/path-overlay.ts';
import type { Language } from '../i18n/languages.ts';
import { SearchBox, type SearchHandle } from '../search/SearchBox.tsx';
import type { SearchHitNode } from '../search/search-hits.ts';
import { KindIcon } from '../ui/KindIcon.tsx';
import { IntroductionResults, MAX_HOPS_LIMIT, type IntroSource, type IntroTarget } from './IntroductionResults.tsx';
import { useMe } from './me.ts';

type TargetKind = IntroTarget['kind'];

const TARGET_KINDS: readonly TargetKind[] = ['PERSON', 'SKILL', 'ORGANISATION'];
const TARGET_WORDS = {
  PERSON: 'intro.targetPerson',
  SKILL: 'intro.targetSkill',
  ORGANISATION: 'intro.targetOrganisation',
};
const PICK_LABELS = { PERSON: 'intro.personLabel', SKILL: 'intro.skillLabel', ORGANISATION: 'intro.organisationLabel' };
const PICK_PLACEHOLDERS = {
  PERSON: 'intro.personPlaceholder',
  SKILL: 'intro.skillPlaceholder',
  ORGANISATION: 'intro.organisationPlaceholder',
};
const LEVELS = [1, 2, 3, 4, 5] as const;
const HOPS = [1, 2, 3, 4, 5, 6] as const;
/** Four steps find nearly every warm path and stay fast (docs/introductions.md). */
const DEFAULT_MAX_HOPS = 4;

interface Props {
  /** Whose details the finder sits in: the default "from". */
  subject: IntroSource & { key: string } & NameFields;
  language: Language;
  shownPath: string | null;
  onShowPath(path: PathHighlight | null): void;
  onClose(): void;
}

function targetOf(hit: SearchHitNode): IntroTarget | null {
  switch (hit.__typename) {
    case 'Person':
      return { kind: 'PERSON', id: hit.id, key: hit.key, names: hit };
    case 'Skill':
      return { kind: 'SKILL', id: hit.id, key: hit.key, names: hit };
    case 'Organisation':
      return { kind: 'ORGANISATION', id: hit.id, key: hit.key, names: hit };
    default:
      return null;
  }
}

interface ChoiceProps<T extends number | string> {
  /** For assistive technology; the visible words are `before` and `after`. */
  label: string;
  before: string;
  after?: string;
  options: readonly T[];
  value: T;
  text(option: T): string;
  title(option: T): string;
  onChange(option: T): void;
}

/** A labelled segmented control, as in the canvas toolbar. */
function Choice<T extends number | string>(props: ChoiceProps<T>) {
  const { label, before, after, options, value, text, title, onChange } = props;
  return (
    <div className="intro-field" role="group" aria-label={label}>
      <span className="intro-label" aria-hidden="true">
        {before}
      </span>
      <div className="segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={option === value ? 'segment segment-on' : 'segment'}
            aria-pressed={option === value}
            title={title(option)}
            onClick={() => onChange(option)}
          >
            {text(option)}
          </button>
        ))}
      </div>
      {after && (
        <span className="intro-label" aria-hidden="true">
          {after}
        </span>
      )}
    </div>
  );
}

export function IntroductionFinder({ subject, language, shownPath, onShowPath, onClose }: Props) {
  const { t } = useTranslation();
  const search = useRef<SearchHandle>(null);
  const me = useMe();
  const canBeMe = me !== null && me.key !== subject.key;
  const [fromMe, setFromMe] = useState(false);
  const [kind, setKind] = useState<TargetKind>('PERSON');
  const [target, setTarget] = useState<IntroTarget | null>(null);
  const asker = fromMe && me ? { kind: 'PERSON' as const, ...me } : subject;
  const [minLevel, setMinLevel] = useState(1);
  const [maxHops, setMaxHops] = useState(DEFAULT_MAX_HOPS);

  useEffect(() => search.current?.focus(), [kind]);

  // Every change of the question makes the shown path stale.
  const change = (apply: () => void) => {
    apply();
    if (shownPath) onShowPath(null);
  };
  const chooseAgain = () => {
    change(() => setTarget(null));
    // The box is rendered again once the target is gone; focus it then.
    window.setTimeout(() => search.current?.focus(), 0);
  };

  return (
    <>
      <section className="intro" aria-labelledby="intro-title">
        <header className="intro-header">
          <h3 id="intro-title">{t('intro.title')}</h3>
          <button
            type="button"
            className="icon-button"
            aria-label={t('intro.close')}
            title={t('intro.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <p className="intro-lead">
          {t(asker.kind === 'ORGANISATION' ? 'intro.leadOrganisation' : 'intro.lead', {
            name: nameIn(asker, language),
          })}
        </p>
        {canBeMe && (
          <Choice
            label={t('intro.from')}
            before={t('intro.from')}
            options={['subject', 'me'] as const}
            value={fromMe ? 'me' : 'subject'}
            text={(o) => (o === 'me' ? t('intro.fromMe') : nameIn(subject, language))}
            title={(o) =>
              o === 'me' ? t('intro.fromMeHint', { name: nameIn(me, language) }) : nameIn(subject, language)
            }
            onChange={(o) =>
              change(() => {
                setFromMe(o === 'me');
                // From me, the obvious question is how to reach the person whose details are open.
                if (o === 'me' && subject.kind === 'PERSON') {
                  setKind('PERSON');
                  setTarget({ kind: 'PERSON', id: subject.id, key: subject.key, names: subject });
                } else setTarget(null);
              })
            }
          />
        )}
        <Choice
          label={t('intro.target')}
          before={t('intro.target')}
          options={TARGET_KINDS}
          value={kind}
          text={(k) => t(TARGET_WORDS[k])}
          title={(k) => t(`kind.${k}`)}
          onChange={(k) => k !== kind && change(() => (setKind(k), setTarget(null)))}
        />
        {target ? (
          <div className="intro-target">
            <KindIcon kind={target.kind} size={16} />
            <span className="intro-target-name">{nameIn(target.names, language)}</span>
            <button type="button" className="button-link" aria-label={t('intro.changeLabel')} onClick={chooseAgain}>
              {t('intro.change')}
            </button>
          </div>
        ) : (
          <SearchBox
            ref={search}
            key={kind}
            className="search-inline"
            language={language}
            kinds={[kind]}
            exclude={[asker.key]}
            label={t(PICK_LABELS[kind])}
            placeholder={t(PICK_PLACEHOLDERS[kind])}
            hint={t('intro.pickHint')}
            shortcut={false}
            onPick={(_, hit) => change(() => setTarget(targetOf(hit)))}
          />
        )}
        <div className="intro-options">
          {kind === 'SKILL' && (
            <Choice
              label={t('intro.minLevel')}
              before={t('intro.minLevelBefore')}
              after={t('intro.minLevelAfter')}
              options={LEVELS}
              value={minLevel}
              text={String}
              title={(level) => t('intro.minLevelOption', { value: level })}
              onChange={(level) => change(() => setMinLevel(level))}
            />
          )}
          <Choice
            label={t('intro.maxHops')}
            before={t('intro.maxHopsBefore')}
            after={t('intro.maxHopsAfter')}
            options={HOPS}
            value={maxHops}
            text={String}
            title={(hops) => t('intro.maxHopsOption', { count: hops })}
            onChange={(hops) => change(() => setMaxHops(hops))}
          />
        </div>
      </section>
      {target && (
        <IntroductionResults
          from={{ kind: asker.kind, id: asker.id }}
          target={target}
          minLevel={minLevel}
          maxHops={maxHops}
          language={language}
          shownPath={shownPath}
          onShowPath={onShowPath}
          onMaxHops={(hops) => change(() => setMaxHops(Math.min(hops, MAX_HOPS_LIMIT)))}
          onMinLevel={(level) => change(() => setMinLevel(level))}
        />
      )}
    </>
  );
}
