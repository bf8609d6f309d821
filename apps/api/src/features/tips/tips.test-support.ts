import { createHash } from 'node:crypto';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

export const CHALLENGE = '{ tipChallenge { challenge difficulty } }';
export const SUBMIT = `mutation($input: SubmitTipInput!) { submitTip(input: $input) {
  __typename ... on TipReceipt { tipCode passphrase } ... on ErrorResult { code message }
  ... on ValidationError { field limit } ... on TipRateLimitedError { retryAfterSeconds } } }`;
export const THREAD_FIELDS = `__typename ... on TipThread { tipCode status canReply description messages { author body } }
  ... on ErrorResult { code message }`;
export const THREAD = `query($code: String!, $passphrase: String!) { tipThread(code: $code, passphrase: $passphrase) { ${THREAD_FIELDS} } }`;
export const REPLY = `mutation($input: ReplyToTipInput!) { replyToTip(input: $input) { ${THREAD_FIELDS} } }`;
const TIP_FIELDS = `__typename ... on Tip { id tipCode status caseId description contact school awaiting
  messages { author body } viewerCan { answer close convert } ruleIds } ... on ErrorResult { code message }`;
export const TIPS = `query($status: TipStatus) { tips(status: $status) { id tipCode status isConfidential awaiting school } }`;
export const TIP = `query($id: ID!) { tip(id: $id) { id tipCode description contact messages { author body } viewerCan { answer close convert } } }`;
export const ANSWER = `mutation($input: AnswerTipInput!) { answerTip(input: $input) { ${TIP_FIELDS} } }`;
export const CLOSE = `mutation($input: CloseTipInput!) { closeTip(input: $input) { ${TIP_FIELDS} } }`;
export const CONVERT = `mutation($input: ConvertTipToCaseInput!) { convertTipToCase(input: $input) { ${TIP_FIELDS}
  ... on ReportingTimeError { problem } } }`;

/** The browser's work: the first nonce whose SHA-256(challenge:nonce) has `difficulty` leading zero bits. */
export function solveChallenge(challenge: string, difficulty: number): string {
  for (let nonce = 0; ; nonce += 1) {
    const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    const bits = digest.readUInt32BE(0).toString(2).padStart(32, '0').indexOf('1');
    if (bits === -1 || bits >= difficulty) return String(nonce);
  }
}

/** A solved challenge, as the tip page sends it. */
export async function provenChallenge(
  client: GraphQLTestClient,
): Promise<{ challenge: string; nonce: string }> {
  const response = await client.request(CHALLENGE);
  const { challenge, difficulty } = response.body.data?.tipChallenge as {
    challenge: string;
    difficulty: number;
  };
  return { challenge, nonce: solveChallenge(challenge, difficulty) };
}

export const tipInput = (overrides: Record<string, unknown> = {}) => ({
  category: 'ABUSE',
  schoolName: null,
  happenedWhen: '上周五放学后',
  description: '体育老师在器材室打了我同学小林',
  contact: null,
  ...overrides,
});
