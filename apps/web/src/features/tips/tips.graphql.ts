import { graphql } from '../../gql';

export const TipSchoolsQuery = graphql(`
  query TipSchools {
    tipSchools {
      id
      name
    }
  }
`);

export const TipChallengeQuery = graphql(`
  query TipChallenge {
    tipChallenge {
      challenge
      difficulty
    }
  }
`);

export const SubmitTipMutation = graphql(`
  mutation SubmitTip($input: SubmitTipInput!) {
    submitTip(input: $input) {
      __typename
      ... on TipReceipt {
        tipCode
        passphrase
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
        limit
      }
      ... on TipRateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

export const TipThreadFieldsFragment = graphql(`
  fragment TipThreadFields on TipThread {
    tipCode
    status
    category
    submittedAt
    description
    canReply
    messages {
      author
      body
      sentAt
    }
  }
`);

export const TipThreadQuery = graphql(`
  query TipThread($code: String!, $passphrase: String!) {
    tipThread(code: $code, passphrase: $passphrase) {
      __typename
      ...TipThreadFields
      ... on ErrorResult {
        code
        message
      }
      ... on TipRateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

export const ReplyToTipMutation = graphql(`
  mutation ReplyToTip($input: ReplyToTipInput!) {
    replyToTip(input: $input) {
      __typename
      ...TipThreadFields
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
        limit
      }
      ... on TipRateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

export const TipsQuery = graphql(`
  query Tips($status: TipStatus) {
    tips(status: $status, first: 100) {
      id
      tipCode
      category
      isConfidential
      school
      status
      submittedAt
      lastMessageAt
      awaiting
    }
  }
`);

export const TipFieldsFragment = graphql(`
  fragment TipFields on Tip {
    id
    tipCode
    category
    isConfidential
    school
    institutionId
    status
    submittedAt
    lastMessageAt
    awaiting
    happenedWhen
    description
    contact
    caseId
    ruleIds
    messages {
      author
      body
      sentAt
    }
    viewerCan {
      answer
      close
      convert
    }
  }
`);

export const TipQuery = graphql(`
  query Tip($id: ID!) {
    tip(id: $id) {
      ...TipFields
    }
  }
`);

export const AnswerTipMutation = graphql(`
  mutation AnswerTip($input: AnswerTipInput!) {
    answerTip(input: $input) {
      __typename
      ...TipFields
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
        limit
      }
    }
  }
`);

export const CloseTipMutation = graphql(`
  mutation CloseTip($input: CloseTipInput!) {
    closeTip(input: $input) {
      __typename
      ...TipFields
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const ConvertTipToCaseMutation = graphql(`
  mutation ConvertTipToCase($input: ConvertTipToCaseInput!) {
    convertTipToCase(input: $input) {
      __typename
      ...TipFields
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
      }
      ... on ReportingTimeError {
        problem
      }
    }
  }
`);
