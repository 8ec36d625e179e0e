import { graphql } from '../gql/index.ts';

/**
 * Ranked, explained warm paths from a person (or an organisation's members) to a person, to
 * holders of a skill or to an organisation's members (docs/introductions.md). The same path
 * fields serve every answer; names come in both scripts so the list and the map can follow the
 * reader's language without asking again.
 */
export const IntroductionsQuery = graphql(`
  query Introductions($from: IntroductionFrom!, $to: IntroductionTo!, $k: Int, $maxHops: Int) {
    introductions(from: $from, to: $to, k: $k, maxHops: $maxHops) {
      reach
      maxHops
      paths {
        ...IntroductionPathFields
      }
      candidates {
        score
        person {
          key
          id
          name
          nameKana
          nameLatin
        }
        reason {
          level
          role
          skill {
            key
            id
            nameJa
            nameEn
          }
          organisation {
            key
            id
            name
            nameEn
          }
        }
        paths {
          ...IntroductionPathFields
        }
      }
    }
  }

  fragment IntroductionPathFields on IntroductionPath {
    score
    hopFactor
    people {
      key
      id
      name
      nameKana
      nameLatin
    }
    hops {
      strength
      from {
        key
        id
      }
      to {
        key
        id
      }
      evidence {
        kind
        strength
        tieStrength
        lastContact
        context
        contextEn
        projectEnd
        size
        project {
          key
          id
          name
          nameEn
          start
        }
        organisation {
          key
          id
          name
          nameEn
        }
      }
    }
  }
`);
