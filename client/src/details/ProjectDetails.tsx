import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { BilingualText } from '../ui/BilingualText.tsx';
import { formatPeriod } from '../ui/format.ts';
import { ProjectDetailsQuery, ProjectMoreQuery } from './details-queries.ts';
import { Facts, Frame, Heading, Item, Section } from './parts.tsx';
import { useShowMore } from './show-more.ts';
import { navigate } from '../view/pages.ts';

const LISTS = ['members', 'organisations'] as const;
import { ProjectTimeline } from './ProjectTimeline.tsx';

interface Props {
  id: string;
  language: Language;
  onOpen(key: string): void;
}

/** A project: when it ran (with a timeline), who took part, which organisations led or partnered. */
export function ProjectDetails({ id, language, onOpen }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProjectDetailsQuery, { variables: { id } });
  const more = useShowMore(fetchMore, ProjectMoreQuery, 'project', id, LISTS);
  const project = data?.project;
  return (
    <Frame loading={loading} error={error} found={Boolean(project)} onRetry={() => void refetch()}>
      {project && (
        <>
          <Heading
            kind="PROJECT"
            primary={<BilingualText primary={project.name} en={project.nameEn} language={language} />}
            secondary={language === 'en' && project.nameEn ? project.name : null}
          />
          <Facts
            rows={[[t('details.period'), formatPeriod(project.start, project.end, language, t('details.ongoing'))]]}
          />
          <ProjectTimeline start={project.start} end={project.end} language={language} />
          <div className="details-actions">
            <button
              type="button"
              className="button"
              title={t('details.composeTeamHint')}
              onClick={() => navigate('teams', `project=${id}`)}
            >
              {t('details.composeTeam')}
            </button>
          </div>
          <BilingualText
            as="p"
            className="details-bio"
            primary={project.description}
            en={project.descriptionEn}
            language={language}
          />
          <Section
            title={t('details.participants')}
            total={project.members.totalCount}
            shown={project.members.nodes.length}
            more={{ list: 'members', page: project.members, state: more }}
          >
            {project.members.nodes.map((m) => (
              <Item
                key={m.person.key}
                nodeKey={m.person.key}
                kind="PERSON"
                name={nameIn(m.person, language)}
                meta={m.role}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.projectOrganisations')}
            total={project.organisations.totalCount}
            shown={project.organisations.nodes.length}
            more={{ list: 'organisations', page: project.organisations, state: more }}
          >
            {project.organisations.nodes.map((o) => (
              <Item
                key={`${o.organisation.key}:${o.role}`}
                nodeKey={o.organisation.key}
                kind="ORGANISATION"
                sector={o.organisation.sector}
                name={nameIn(o.organisation, language)}
                meta={t(`details.role.${o.role}`)}
                onOpen={onOpen}
              />
            ))}
          </Section>
        </>
      )}
    </Frame>
  );
}
