/**
 * GraphQL enum names ↔ the values stored in Neo4j and used by the domain, written once: codegen.ts
 * reads this map (so resolver types speak the stored values) and the resolvers below serve it.
 */
export const ENUM_VALUES = {
  NodeKind: { PERSON: 'Person', ORGANISATION: 'Organisation', SKILL: 'Skill', PROJECT: 'Project' },
  Sector: {
    NPO: 'npo',
    GOVERNMENT: 'government',
    COMPANY: 'company',
    FOUNDATION: 'foundation',
    ACADEMIA: 'academia',
    COMMUNITY: 'community',
    OTHER: 'other',
  },
  Visibility: { PUBLIC: 'public', ORGANISATION: 'organisation', PRIVATE: 'private' },
  ProjectRole: { LEAD: 'lead', PARTNER: 'partner' },
  Reach: { FOUND: 'found', BEYOND_MAX_HOPS: 'beyondMaxHops', UNREACHABLE: 'unreachable' },
  EvidenceKind: { DECLARED: 'declared', PROJECT: 'project', ORGANISATION: 'organisation' },
  StoRole: { STO: 'sto', STO_CANDIDATE: 'sto_candidate' },
  UncoveredReason: { NO_REACHABLE_HOLDER: 'noReachableHolder', MAX_EXPERTS: 'maxExperts' },
  Role: { OWNER: 'owner', EDITOR: 'editor', VIEWER: 'viewer' },
  MailLanguage: { JA: 'ja', EN: 'en' },
  RequestDecision: { ACCEPT: 'accept', DECLINE: 'decline', SUGGEST: 'suggest' },
  IntroductionOutcome: { MET: 'met', NOT_YET: 'not-yet', NOT_USEFUL: 'not-useful' },
} as const;
