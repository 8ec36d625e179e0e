import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { displayName, nameIn } from '../graph/names.ts';
import type { PathHighlight } from '../graph/path-overlay.ts';
import type { Language } from '../i18n/languages.ts';
import { FinderSection } from '../introductions/FinderSection.tsx';
import { BilingualText } from '../ui/BilingualText.tsx';
import { Dots } from '../ui/Dots.tsx';
import { formatDate, formatPeriod } from '../ui/format.ts';
import { PersonDetailsQuery, PersonMoreQuery } from './details-queries.ts';
import { Frame, Heading, Item, joinMeta, Section } from './parts.tsx';
import { useShowMore } from './show-more.ts';

const LISTS = ['memberships', 'skills', 'projects', 'ties'] as const;

interface Props {
  id: string;
  language: Language;
  onOpen(key: string): void;
  /** Id of the introduction path shown on the map, if any. */
  shownPath: string | null;
  onShowPath(path: PathHighlight | null): void;
}

/**
 * A person: where they belong, what they can do, what they worked on, whom they know; and from
 * here, how they could be introduced to someone.
 */
export function PersonDetails({ id, language, onOpen, shownPath, onShowPath }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(PersonDetailsQuery, { variables: { id } });
  const more = useShowMore(fetchMore, PersonMoreQuery, 'person', id, LISTS);
  const person = data?.person;
  // Lists keep the server's (name) order: it is the order pages arrive in, so "show more" only
  // ever adds below what is already on screen.
  const skills = person?.skills.nodes ?? [];
  const ties = person?.ties.nodes ?? [];
  return (
    <Frame loading={loading} error={error} found={Boolean(person)} onRetry={() => void refetch()}>
      {person && (
        <>
          <Heading kind="PERSON" {...displayName(person, language)} />
          <BilingualText as="p" className="details-bio" primary={person.bio} en={person.bioEn} language={language} />
          <FinderSection
            subject={{ ...person, id, kind: 'PERSON' }}
            language={language}
            shownPath={shownPath}
            onShowPath={onShowPath}
          />
          <Section
            title={t('details.organisations')}
            total={person.memberships.totalCount}
            shown={person.memberships.nodes.length}
            more={{ list: 'memberships', page: person.memberships, state: more }}
          >
            {person.memberships.nodes.map((m) => (
              <Item
                key={m.organisation.key}
                nodeKey={m.organisation.key}
                kind="ORGANISATION"
                sector={m.organisation.sector}
                name={nameIn(m.organisation, language)}
                meta={joinMeta(
                  language,
                  m.role,
                  m.until
                    ? formatPeriod(m.since, m.until, language, t('details.ongoing'))
                    : m.since && t('details.since', { date: formatDate(m.since, language, 'month') }),
                )}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.skills')}
            total={person.skills.totalCount}
            shown={skills.length}
            more={{ list: 'skills', page: person.skills, state: more }}
          >
            {skills.map((s) => (
              <Item
                key={s.skill.key}
                nodeKey={s.skill.key}
                kind="SKILL"
                name={nameIn(s.skill, language)}
                aside={<Dots value={s.level} label={t('details.level', { value: s.level })} />}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.projects')}
            total={person.projects.totalCount}
            shown={person.projects.nodes.length}
            more={{ list: 'projects', page: person.projects, state: more }}
          >
            {person.projects.nodes.map((p) => (
              <Item
                key={p.project.key}
                nodeKey={p.project.key}
                kind="PROJECT"
                name={<BilingualText primary={p.project.name} en={p.project.nameEn} language={language} />}
                meta={joinMeta(
                  language,
                  p.role,
                  formatPeriod(p.project.start, p.project.end, language, t('details.ongoing')),
                )}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.ties')}
            total={person.ties.totalCount}
            shown={ties.length}
            more={{ list: 'ties', page: person.ties, state: more }}
          >
            {ties.map((tie) => (
              <Item
                key={tie.other.key}
                nodeKey={tie.other.key}
                kind="PERSON"
                name={nameIn(tie.other, language)}
                meta={
                  tie.lastContact ? t('details.lastContact', { date: formatDate(tie.lastContact, language) }) : null
                }
                note={
                  tie.context || tie.contextEn ? (
                    <BilingualText primary={tie.context} en={tie.contextEn} language={language} />
                  ) : null
                }
                aside={<Dots value={tie.strength} label={t('details.strength', { value: tie.strength })} />}
                onOpen={onOpen}
              />
            ))}
          </Section>
        </>
      )}
    </Frame>
  );
}
