import { graphql } from '../../gql/index.ts';

export const StoMatchingQuery = graphql(`
  query StoMatching(
    $includeCandidates: Boolean
    $minLevel: Int
    $hoursPerOrganisation: Int
    $keepCurrent: Boolean
    $locked: [StoPairInput!]
    $forbidden: [StoPairInput!]
  ) {
    stoMatching(
      includeCandidates: $includeCandidates
      minLevel: $minLevel
      hoursPerOrganisation: $hoursPerOrganisation
      keepCurrent: $keepCurrent
      locked: $locked
      forbidden: $forbidden
    ) {
      coverage
      closeness
      minLevel
      hoursPerOrganisation
      keepCurrent
      coverageKeepingCurrent
      changes {
        reason
        fromCoverage
        toCoverage
        organisation {
          key
          id
          name
          nameEn
        }
        from {
          key
          id
          name
          nameKana
          nameLatin
        }
        to {
          key
          id
          name
          nameKana
          nameLatin
        }
      }
      stos {
        capacity
        hoursAvailable
        limit
        assigned
        hoursAssigned
        overCapacity
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
        status
        coverage
        closeness
        currentRole
        sto {
          key
          id
          name
          nameKana
          nameLatin
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
