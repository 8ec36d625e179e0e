import { graphql } from '../../gql/index.ts';

export const StoMatchingQuery = graphql(`
  query StoMatching($includeCandidates: Boolean, $minLevel: Int) {
    stoMatching(includeCandidates: $includeCandidates, minLevel: $minLevel) {
      coverage
      closeness
      minLevel
      stos {
        capacity
        assigned
        sto {
          key
          id
          name
          nameKana
          nameLatin
          stoRole
          hoursPerMonth
        }
      }
      unmatched {
        capacityExhausted
        organisation {
          key
          id
          name
          nameEn
        }
      }
      matches {
        coverage
        closeness
        currentRole
        sto {
          key
          id
        }
        organisation {
          key
          id
          name
          nameEn
        }
        coveredNeeds {
          priority
          match {
            ...SkillMatchFields
          }
        }
        introduction {
          score
          people {
            key
            id
            name
            nameKana
            nameLatin
          }
        }
      }
    }
  }
`);
