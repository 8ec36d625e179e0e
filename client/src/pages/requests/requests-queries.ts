import { graphql } from '../../gql/index.ts';

export const RequestFields = graphql(`
  fragment IntroductionRequestFields on IntroductionRequest {
    id
    role
    state
    message
    created
    expires
    asker {
      key
      id
      name
      nameKana
      nameLatin
    }
    from {
      key
      id
      name
      nameKana
      nameLatin
    }
    next {
      key
      id
      name
      nameKana
      nameLatin
    }
    target {
      key
      id
      name
      nameKana
      nameLatin
    }
    path {
      key
      id
      name
      nameKana
      nameLatin
    }
    progress
    suggestion {
      key
      id
      name
      nameKana
      nameLatin
    }
    contactEmail
    myDecision
    myReason
    myOutcome
    myNote
  }
`);

export const RequestsQuery = graphql(`
  query IntroductionRequests {
    introductionRequests {
      ...IntroductionRequestFields
    }
    introductionPreferences {
      paused
      monthlyLimit
      language
      digest
    }
  }
`);

export const WaitingQuery = graphql(`
  query IntroductionRequestsWaiting {
    introductionRequestsWaiting
  }
`);

export const RequestIntroductionMutation = graphql(`
  mutation RequestIntroduction($path: [ID!]!, $message: String!) {
    requestIntroduction(path: $path, message: $message) {
      ...IntroductionRequestFields
    }
  }
`);

export const DecideMutation = graphql(`
  mutation DecideIntroductionRequest($id: ID!, $decision: RequestDecision!, $reason: String, $suggestedPersonId: ID) {
    decideIntroductionRequest(id: $id, decision: $decision, reason: $reason, suggestedPersonId: $suggestedPersonId) {
      ...IntroductionRequestFields
    }
  }
`);

export const OutcomeMutation = graphql(`
  mutation RecordIntroductionOutcome($id: ID!, $outcome: IntroductionOutcome!, $note: String, $metOn: Date) {
    recordIntroductionOutcome(id: $id, outcome: $outcome, note: $note, metOn: $metOn) {
      ...IntroductionRequestFields
    }
  }
`);

export const PreferencesMutation = graphql(`
  mutation SetIntroductionPreferences(
    $paused: Boolean!
    $monthlyLimit: Int
    $language: MailLanguage
    $digest: Boolean
  ) {
    setIntroductionPreferences(paused: $paused, monthlyLimit: $monthlyLimit, language: $language, digest: $digest) {
      paused
      monthlyLimit
      language
      digest
    }
  }
`);

export const CalibrationQuery = graphql(`
  query IntroductionCalibration {
    introductionCalibration {
      requests
      decisions
      currentLogLikelihood
      refitLogLikelihood
      byScore {
        from
        to
        ended
        introduced
        met
      }
      current {
        alpha
        halfLifeYears
        recencyFloor
        betaProject
        betaOrg
      }
      refit {
        alpha
        halfLifeYears
        recencyFloor
        betaProject
        betaOrg
      }
    }
  }
`);
