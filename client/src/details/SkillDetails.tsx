import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { displayName, nameIn } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { Dots } from '../ui/Dots.tsx';
import { SkillDetailsQuery, SkillMoreQuery } from './details-queries.ts';
import { Frame, Heading, Item, Section } from './parts.tsx';
import { useShowMore } from './show-more.ts';

const LISTS = ['holders', 'neededBy'] as const;

interface Props {
  id: string;
  language: Language;
  onOpen(key: string): void;
}

/** A skill: where it sits in the vocabulary, who holds it, who needs it. */
export function SkillDetails({ id, language, onOpen }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(SkillDetailsQuery, { variables: { id } });
  const more = useShowMore(fetchMore, SkillMoreQuery, 'skill', id, LISTS);
  const skill = data?.skill;
  // The server's (name) order, which pages arrive in: "show more" only adds below.
  const holders = skill?.holders.nodes ?? [];
  return (
    <Frame loading={loading} error={error} found={Boolean(skill)} onRetry={() => void refetch()}>
      {skill && (
        <>
          <Heading kind="SKILL" {...displayName(skill, language)} />
          {skill.broader && (
            <Section title={t('details.broader')} total={1} shown={1}>
              <Item nodeKey={skill.broader.key} kind="SKILL" name={nameIn(skill.broader, language)} onOpen={onOpen} />
            </Section>
          )}
          {skill.narrower.length > 0 && (
            <Section title={t('details.narrower')} total={skill.narrower.length} shown={skill.narrower.length}>
              {skill.narrower.map((s) => (
                <Item key={s.key} nodeKey={s.key} kind="SKILL" name={nameIn(s, language)} onOpen={onOpen} />
              ))}
            </Section>
          )}
          <Section
            title={t('details.holders')}
            total={skill.holders.totalCount}
            shown={holders.length}
            more={{ list: 'holders', page: skill.holders, state: more }}
          >
            {holders.map((h) => (
              <Item
                key={h.person.key}
                nodeKey={h.person.key}
                kind="PERSON"
                name={nameIn(h.person, language)}
                aside={<Dots value={h.level} label={t('details.level', { value: h.level })} />}
                onOpen={onOpen}
              />
            ))}
          </Section>
          <Section
            title={t('details.neededBy')}
            total={skill.neededBy.totalCount}
            shown={skill.neededBy.nodes.length}
            more={{ list: 'neededBy', page: skill.neededBy, state: more }}
          >
            {skill.neededBy.nodes.map((n) => (
              <Item
                key={n.organisation.key}
                nodeKey={n.organisation.key}
                kind="ORGANISATION"
                name={nameIn(n.organisation, language)}
                aside={<Dots value={n.priority} label={t('details.priority', { value: n.priority })} />}
                onOpen={onOpen}
              />
            ))}
          </Section>
        </>
      )}
    </Frame>
  );
}
