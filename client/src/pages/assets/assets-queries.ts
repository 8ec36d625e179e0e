import { graphql } from '../../gql/index.ts';

/** Everything the dashboard shows for one organisation (docs/assets.md). */
export const OrganisationAssetsQuery = graphql(`
  query OrganisationAssets($org: ID!, $hops: Int) {
    organisationAssets(organisationId: $org, hops: $hops) {
      date
      hops
      members
      skillsInside
      bridgedSectors
      organisation {
        key
        id
        name
        nameEn
        sector
      }
      reach {
        hops
        people
        organisations
        skills
        bySector {
          sector
          organisations
          people
        }
      }
      coverage {
        priority
        status
        hops
        holders
        routes
        routesCapped
        skill {
          key
          id
          nameJa
          nameEn
        }
        paths {
          key
          name
          nameLatin
        }
        singlePoints {
          key
          id
          name
          nameLatin
        }
      }
      risks {
        lostPeople
        person {
          key
          id
          name
          nameLatin
        }
        samplePeople {
          key
          name
          nameLatin
        }
        lostOrganisations {
          key
          name
          nameEn
        }
        lostSkills {
          key
          nameJa
          nameEn
        }
        lostNeeds {
          key
          nameJa
          nameEn
        }
      }
    }
  }
`);

/** The people behind a reach figure, each with a shortest warm path from a member. */
export const ReachPeopleQuery = graphql(`
  query AssetsReachPeople($org: ID!, $hops: Int, $sector: Sector, $skill: ID) {
    assetsReachPeople(organisationId: $org, hops: $hops, sector: $sector, skillId: $skill, first: 50) {
      totalCount
      people {
        hops
        person {
          key
          name
          nameLatin
        }
        path {
          key
          name
          nameLatin
        }
      }
    }
  }
`);

export const HandoverPlanQuery = graphql(`
  query HandoverPlan($org: ID!, $person: ID!, $hops: Int) {
    handoverPlan(organisationId: $org, personId: $person, hops: $hops) {
      lostPeople
      method
      ratioBound
      lowerBound
      successorStrength
      person {
        key
        name
        nameLatin
      }
      successor {
        key
        name
        nameLatin
      }
      lostNeeds {
        key
        nameJa
        nameEn
      }
      introductions {
        contactStrength
        restoresPeople
        contact {
          key
          name
          nameLatin
        }
        member {
          key
          name
          nameLatin
        }
        restoresOrganisations {
          key
          name
          nameEn
        }
        restoresSkills {
          key
          nameJa
          nameEn
        }
        restoresNeeds {
          key
          nameJa
          nameEn
        }
      }
    }
  }
`);

export const AssetsTrendQuery = graphql(`
  query AssetsTrend($org: ID!, $hops: Int) {
    assetsTrend(organisationId: $org, hops: $hops) {
      date
      members
      people
      organisations
      skills
      needs
      needsCovered
      needsFragile
    }
  }
`);

export const StartAnalysisMutation = graphql(`
  mutation StartNetworkAnalysis {
    startNetworkAnalysis {
      id
      state
      progress
      phase
      stale
      error
    }
  }
`);

export const NetworkAnalysisQuery = graphql(`
  query NetworkAnalysis($id: ID, $people: [ID!]!) {
    networkAnalysis(jobId: $id) {
      id
      state
      progress
      phase
      stale
      error
      result {
        people
        ties
        betweennessExact
        betweennessSamples
        errorBound
        confidence
        modularity
        brokers(first: 10) {
          betweenness
          constraint
          effectiveSize
          community
          sectorCounts {
            sector
            count
          }
          person {
            key
            name
            nameLatin
          }
        }
        communities(first: 8) {
          id
          size
          skills {
            count
            skill {
              key
              nameJa
              nameEn
            }
          }
          sectors {
            sector
            count
          }
        }
        metrics(personIds: $people) {
          betweenness
          constraint
          effectiveSize
          community
          person {
            key
          }
        }
      }
    }
  }
`);

/** The organisation's neighbourhood for the overlay graph: members and their contacts. */
export const OverlayGraphQuery = graphql(`
  query AssetsOverlayGraph($ids: [ID!]!) {
    neighbourhood(ids: $ids, depth: 2, limit: 400, kinds: [PERSON, ORGANISATION]) {
      nodes {
        key
        id
        kind
        label
        labelAlt
        depth
      }
      edges {
        key
        source
        target
        type
      }
    }
  }
`);
