import { denial, typename } from '../../test-support/access-matrix-answers';
// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for the second
// factor: the sign-in steps are public (the challenge is the credential), the settings need a session.
import { createHash } from 'node:crypto';
import { buildAccount } from '../../test-support/factories';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';
import { MfaChallengeEntity, type MfaChallengePurpose } from './mfa.entities';
import { generateTotpSecret, totpCode, totpStep } from './totp';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

const ACTORS = [
  'teacher',
  'head.primary',
  'head.kg',
  'staff',
  'basic',
  'preschool',
  'vocational',
  'safety',
  'inspect',
  'personnel',
  'policy',
  'leader',
  'admin',
];
const PUBLIC: Row = Object.fromEntries([['anonymous', [A, A]], ...ACTORS.map((actor) => [actor, [A, A]])]);
const SIGNED_IN: Row = { ...PUBLIC, anonymous: [U, U] };

export const AUTH_MFA_MATRIX: Record<string, Row> = {
  verifyMfa: PUBLIC,
  beginMfaEnrolment: PUBLIC,
  confirmMfaEnrolment: PUBLIC,
  beginMyMfaEnrolment: SIGNED_IN,
  confirmMyMfaEnrolment: SIGNED_IN,
  disableMyMfa: SIGNED_IN,
  setMyLanguage: SIGNED_IN,
};

/** A fresh 安稳办 account with a challenge (and, to sign in, a secret) of its own for each probe. */
async function challengeFor(input: ProbeInput, purpose: MfaChallengePurpose, secret: string) {
  const now = input.app.clock.now();
  const account = await buildAccount(input.app.owner, {
    username: `matrix.mfa.${input.attempt}`,
    role: 'SECTION_MEMBER',
    unitCode: 'SAFETY',
    ...(purpose === 'VERIFY' ? { mfaSecret: secret, mfaEnabledAt: now } : { mfaPendingSecret: secret }),
  });
  const token = `matrix-challenge-${String(input.attempt).padStart(26, '0')}`;
  await input.app.owner.getRepository(MfaChallengeEntity).insert({
    tokenHash: createHash('sha256').update(token, 'utf8').digest('hex'),
    accountId: account.id,
    purpose,
    expiresAt: new Date(now.getTime() + 60_000),
    usedAt: null,
  });
  return { token, code: totpCode(secret, totpStep(now)) };
}

export const AUTH_MFA_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  // A successful second step replaces the calling browser's session: probe it from a fresh browser.
  verifyMfa: async (input) => {
    const { token, code } = await challengeFor(input, 'VERIFY', generateTotpSecret());
    const response = await input.app
      .client()
      .request('mutation($input: MfaCodeInput!) { verifyMfa(input: $input) { __typename } }', {
        input: { challenge: token, code },
      });
    return denial(response) ?? (typename(response, 'verifyMfa') === 'Viewer' ? A : U);
  },
  beginMfaEnrolment: async (input) => {
    const { token } = await challengeFor(input, 'ENROL', generateTotpSecret());
    const response = await (
      await input.client()
    ).request('mutation($c: String!) { beginMfaEnrolment(challenge: $c) { __typename } }', { c: token });
    return denial(response) ?? (typename(response, 'beginMfaEnrolment') === 'MfaEnrolment' ? A : U);
  },
  confirmMfaEnrolment: async (input) => {
    const { token, code } = await challengeFor(input, 'ENROL', generateTotpSecret());
    const response = await input.app
      .client()
      .request('mutation($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { __typename } }', {
        input: { challenge: token, code },
      });
    return denial(response) ?? (typename(response, 'confirmMfaEnrolment') === 'MfaEnrolled' ? A : U);
  },
  beginMyMfaEnrolment: async (input) => {
    const response = await (await input.client()).request('mutation { beginMyMfaEnrolment { __typename } }');
    return denial(response) ?? A;
  },
  confirmMyMfaEnrolment: async (input) => {
    const response = await (
      await input.client()
    ).request('mutation { confirmMyMfaEnrolment(code: "000000") { __typename } }');
    return denial(response) ?? A;
  },
  // Sets the account's own language to the default it already has: allowed for everyone signed in.
  setMyLanguage: async (input) => {
    const response = await (
      await input.client()
    ).request('mutation { setMyLanguage(language: ZH_CN) { language } }');
    return denial(response) ?? A;
  },
  disableMyMfa: async (input) => {
    const response = await (
      await input.client()
    ).request('mutation { disableMyMfa(code: "000000") { __typename } }');
    return denial(response) ?? A;
  },
};
