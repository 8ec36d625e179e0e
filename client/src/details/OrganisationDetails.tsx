import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { displayName, nameIn } from '../graph/names.ts';
import type { PathHighlight } from '../graph/path-overlay.ts';
import type { Language } from '../i18n/languages.ts';
import { AccessSection } from '../account/AccessSection.tsx';
import { FinderSection } from '../introductions/FinderSection.tsx';
import { BilingualText } from '../ui/BilingualText.tsx';
import { Dots } from '../ui/Dots.tsx';
import { formatPeriod } from '../ui/format.ts';
import { OrganisationDetailsQuery, OrganisationMoreQuery } from './details-queries.ts';
import { Facts, Frame, Heading, Item, joinMeta, Section } from './parts.tsx';
import { useShowMore } from './show-more.ts';

const LISTS = ['members', 'needs', 'projects'] as const;

interface Props {
  id: string;
  language: Language;
  onOpen(key: string): void;
  /** Id of the introduction path shown on the map, if any. */
  shownPath: string | null;
  onShowPath(path: PathHighlight | null): void;
}

/** An organisation: sector and place, its people, the skills it needs, its projects. */
export function OrganisationDetails({ id, language, onOpen, shownPath, onShowPath }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganisationDetailsQuery, { variables: { id } });
  const more = useShowMore(fetchMore, OrganisationMoreQuery, 'organisation', id, LISTS);
  const org = data?.organisation;
  // The server's (name) order, which pages arrive in: "show more" only adds below.
  const needs = org?.needs.nodes ?? [];
  return (
    <Frame loading={loading} error={error} found={Boolean(org)} onRetry={() => void refetch()}>
      {org && (
        <>
          <Heading
            kind="ORGANISATION"
            sector={org.sector}
            {...displayName({ name: org.name, nameEn: org.nameEn }, language)}
          />
          <Facts
            rows={[
              [t('details.sector'), t(`sector.${org.sector}`)],
              [t('details.prefecture'), org.prefecture],
              [
                t('details.website'),
                org.url ? (
                  <a href={org.url} target="_blank" rel="noopener noreferrer">
                    {org.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  </a>
                ) : null,
              ],
            ]}
          />
          <FinderSection
            subject={{ kind: 'ORGANISATION', id, key: org.key, name: org.name, nameEn: org.nameEn }}
            language={language}
            shownPath={shownPath}
            onShowPath={onShowPath}
          />
          <Section
            title={t('details.members')}
            total={org.members.totalCount}
            shown={org.members.nodes.length}
            more={{ list: 'members', page: org.members, state: more }}
          >
            {org.members.nodes.map((m) => (
              <Item
                key={m.person.key}
                nodeKey={m.person.key}
                kind="PERSON"
                name={nameIn(m.person, language)}
                meta={joinMeta(
                  language,
                  m.role,
                  m.until && formatPeriod(m.since, m.until, language, t('details.ongoing')),
                )}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.needs')}
            total={org.needs.totalCount}
            shown={needs.length}
            more={{ list: 'needs', page: org.needs, state: more }}
          >
            {needs.map((n) => (
              <Item
                key={n.skill.key}
                nodeKey={n.skill.key}
                kind="SKILL"
                name={nameIn(n.skill, language)}
                aside={<Dots value={n.priority} label={t('details.priority', { value: n.priority })} />}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.projects')}
            total={org.projects.totalCount}
            shown={org.projects.nodes.length}
            more={{ list: 'projects', page: org.projects, state: more }}
          >
            {org.projects.nodes.map((p) => (
              <Item
                key={p.project.key}
                nodeKey={p.project.key}
                kind="PROJECT"
                name={<BilingualText primary={p.project.name} en={p.project.nameEn} language={language} />}
                meta={joinMeta(
                  language,
                  t(`details.role.${p.role}`),
                  formatPeriod(p.project.start, p.project.end, language, t('details.ongoing')),
                )}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <AccessSection organisationId={id} language={language} />
        </>
      )}
    </Frame>
  );
}
