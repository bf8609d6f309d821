import { DEMO_TOTP_SECRET } from '../../seed/demo-district.data';
import { buildAccount } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountEntity } from '../accounts/account.entity';
import { MfaRecoveryCodeEntity } from './mfa.entities';
import { totpCode, totpStep } from './totp';

const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on MfaRequired { challenge expiresAt }
    ... on MfaEnrolmentRequired { challenge ruleId }
  }
}`;
const VERIFY = `mutation($input: MfaCodeInput!) {
  verifyMfa(input: $input) { __typename ... on Viewer { username } ... on ErrorResult { code } }
}`;
const BEGIN = `mutation($challenge: String!) {
  beginMfaEnrolment(challenge: $challenge) {
    __typename ... on MfaEnrolment { secret otpauthUri qrCodeSvg } ... on ErrorResult { code }
  }
}`;
const CONFIRM = `mutation($input: MfaCodeInput!) {
  confirmMfaEnrolment(input: $input) {
    __typename ... on MfaEnrolled { recoveryCodes viewer { username } } ... on ErrorResult { code }
  }
}`;
const ME = '{ me { username mfa { isEnabled isRequired recoveryCodesLeft } } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const codeAt = (secret: string, offsetSteps = 0) => totpCode(secret, totpStep(app.clock.now()) + offsetSteps);
const nextStep = () => app.clock.advanceMinutes(0.5);

async function passwordStep(client: GraphQLTestClient, username: string) {
  const response = await client.request(SIGN_IN, { input: { username, password: 'XiaoHu@2026' } });
  return response.body.data?.signIn as { __typename: string; challenge: string; ruleId?: string };
}

async function verify(client: GraphQLTestClient, challenge: string, code: string) {
  const response = await client.request(VERIFY, { input: { challenge, code } });
  return response.body.data?.verifyMfa as { __typename: string; username?: string; code?: string };
}

const me = async (client: GraphQLTestClient) =>
  (await client.request(ME)).body.data?.me as {
    username: string;
    mfa: { isEnabled: boolean; isRequired: boolean; recoveryCodesLeft: number };
  } | null;

const auditOutcomes = async (accountId: string) =>
  (
    await app.owner
      .getRepository(AuditEventEntity)
      .find({ where: { targetId: accountId }, order: { id: 'ASC' } })
  ).map((row) => `${row.action}:${row.outcome}`);

/** Signs in as a fresh account that must use MFA and enrols it; answers its secret and recovery codes. */
async function enrolled(unitCode: 'SAFETY' | 'PERSONNEL') {
  const account = await buildAccount(app.owner, { role: 'SECTION_MEMBER', unitCode });
  const client = app.client();
  const { challenge } = await passwordStep(client, account.username);
  const begun = (await client.request(BEGIN, { challenge })).body.data?.beginMfaEnrolment as {
    secret: string;
  };
  const confirmed = (await client.request(CONFIRM, { input: { challenge, code: codeAt(begun.secret) } })).body
    .data?.confirmMfaEnrolment as { recoveryCodes: string[] };
  nextStep();
  return { account, client, secret: begun.secret, recoveryCodes: confirmed.recoveryCodes };
}

describe('MFA at sign-in (REP-7, VET-2)', () => {
  it('REP-7: a SAFETY member signs in only with a valid TOTP code', async () => {
    const client = app.client();
    const step = await passwordStep(client, 'safety');
    expect(step.__typename).toBe('MfaRequired');
    expect(client.sessionToken).toBeNull();
    expect(await me(client)).toBeNull();

    expect(await verify(client, step.challenge, '000000')).toEqual({
      __typename: 'InvalidMfaCodeError',
      code: 'INVALID_MFA_CODE',
    });
    expect(await verify(client, step.challenge, codeAt(DEMO_TOTP_SECRET, 2))).toMatchObject({
      code: 'INVALID_MFA_CODE',
    });
    expect(await me(client)).toBeNull();

    expect(await verify(client, step.challenge, codeAt(DEMO_TOTP_SECRET))).toEqual({
      __typename: 'Viewer',
      username: 'safety',
    });
    expect(await me(client)).toEqual({
      username: 'safety',
      mfa: { isEnabled: true, isRequired: true, recoveryCodesLeft: 0 },
    });
    // The challenge is single-use.
    expect(await verify(app.client(), step.challenge, codeAt(DEMO_TOTP_SECRET, 1))).toMatchObject({
      code: 'MFA_CHALLENGE_EXPIRED',
    });
    const safety = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'safety' });
    expect((await auditOutcomes(safety.id)).slice(-2)).toEqual([
      'signIn.passwordAccepted:MFA_REQUIRED',
      'signIn:OK',
    ]);
    // The secret is stored encrypted with the data key.
    const [raw] = await app.owner.query('SELECT mfa_secret FROM account WHERE username = $1', ['safety']);
    expect(raw.mfa_secret).toMatch(/^v1:/);
    expect(raw.mfa_secret).not.toContain(DEMO_TOTP_SECRET);
  });

  it('REP-7: a code is accepted once', async () => {
    const code = codeAt(DEMO_TOTP_SECRET);
    const first = app.client();
    expect(await verify(first, (await passwordStep(first, 'safety2')).challenge, code)).toMatchObject({
      __typename: 'Viewer',
    });
    const second = app.client();
    const challenge = (await passwordStep(second, 'safety2')).challenge;
    expect(await verify(second, challenge, code)).toMatchObject({ code: 'INVALID_MFA_CODE' });
    // An earlier step's code, still inside the window, is refused too once a later one was accepted.
    expect(await verify(second, challenge, codeAt(DEMO_TOTP_SECRET, -1))).toMatchObject({
      code: 'INVALID_MFA_CODE',
    });
    nextStep();
    expect(await verify(second, challenge, codeAt(DEMO_TOTP_SECRET))).toMatchObject({ __typename: 'Viewer' });
  });

  it('VET-2: a recovery code works once', async () => {
    const { account, recoveryCodes } = await enrolled('PERSONNEL');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await app.owner.getRepository(MfaRecoveryCodeEntity).findBy({ accountId: account.id });
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);

    const client = app.client();
    const challenge = (await passwordStep(client, account.username)).challenge;
    expect(await verify(client, challenge, recoveryCodes[0]!.toUpperCase())).toMatchObject({
      __typename: 'Viewer',
    });
    expect((await me(client))?.mfa.recoveryCodesLeft).toBe(9);
    const again = app.client();
    const next = (await passwordStep(again, account.username)).challenge;
    expect(await verify(again, next, recoveryCodes[0]!)).toMatchObject({ code: 'INVALID_MFA_CODE' });
    expect(await verify(again, next, recoveryCodes[1]!)).toMatchObject({ __typename: 'Viewer' });
  });

  it('REP-7: an account that must use MFA is made to enrol before it gets a session', async () => {
    const account = await buildAccount(app.owner, { role: 'SECTION_MEMBER', unitCode: 'SAFETY' });
    const client = app.client();
    const step = await passwordStep(client, account.username);
    expect(step).toMatchObject({ __typename: 'MfaEnrolmentRequired', ruleId: 'REP-7' });
    expect(await me(client)).toBeNull();
    // The enrolment challenge is not a sign-in challenge.
    expect(await verify(client, step.challenge, '123456')).toMatchObject({ code: 'MFA_CHALLENGE_EXPIRED' });

    const begun = (await client.request(BEGIN, { challenge: step.challenge })).body.data
      ?.beginMfaEnrolment as { secret: string; otpauthUri: string; qrCodeSvg: string };
    expect(begun.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(begun.otpauthUri).toBe(
      `otpauth://totp/XiaoHu%20%E6%A0%A1%E6%8A%A4:${account.username}?secret=${begun.secret}&issuer=XiaoHu+%E6%A0%A1%E6%8A%A4&algorithm=SHA1&digits=6&period=30`,
    );
    expect(begun.qrCodeSvg).toMatch(/^<svg[^>]*>[\s\S]*<\/svg>\s*$/);
    expect(await me(client)).toBeNull();

    const wrong = (await client.request(CONFIRM, { input: { challenge: step.challenge, code: '000000' } }))
      .body.data?.confirmMfaEnrolment;
    expect(wrong).toMatchObject({ code: 'INVALID_MFA_CODE' });
    expect(await me(client)).toBeNull();

    const confirmed = (
      await client.request(CONFIRM, { input: { challenge: step.challenge, code: codeAt(begun.secret) } })
    ).body.data?.confirmMfaEnrolment as { __typename: string; recoveryCodes: string[] };
    expect(confirmed.__typename).toBe('MfaEnrolled');
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(await me(client)).toEqual({
      username: account.username,
      mfa: { isEnabled: true, isRequired: true, recoveryCodesLeft: 10 },
    });
    // Required: it cannot be turned off.
    nextStep();
    const disable = await client.request(
      'mutation($code: String!) { disableMyMfa(code: $code) { __typename ... on MfaStateError { code ruleId } } }',
      { code: codeAt(begun.secret) },
    );
    expect(disable.body.data?.disableMyMfa).toEqual({
      __typename: 'MfaStateError',
      code: 'MFA_REQUIRED',
      ruleId: 'REP-7',
    });
    expect(await auditOutcomes(account.id)).toEqual([
      'signIn.passwordAccepted:MFA_ENROLMENT_REQUIRED',
      'signIn.beginMfaEnrolment:OK',
      'signIn:OK',
      'mfa.disable:MFA_REQUIRED',
    ]);
  });

  it('MFA is optional for a teacher, who may turn it on and off', async () => {
    const client = app.client();
    expect((await passwordStep(client, 'teacher')).__typename).toBe('Viewer');
    expect((await me(client))?.mfa).toEqual({ isEnabled: false, isRequired: false, recoveryCodesLeft: 0 });

    const begun = (
      await client.request('mutation { beginMyMfaEnrolment { ... on MfaEnrolment { secret qrCodeSvg } } }')
    ).body.data?.beginMyMfaEnrolment as { secret: string };
    const confirm = (code: string) =>
      client.request(
        'mutation($code: String!) { confirmMyMfaEnrolment(code: $code) { __typename ... on MfaRecoveryCodes { recoveryCodes } } }',
        { code },
      );
    expect((await confirm('000000')).body.data?.confirmMyMfaEnrolment).toEqual({
      __typename: 'InvalidMfaCodeError',
    });
    const codes = (await confirm(codeAt(begun.secret))).body.data?.confirmMyMfaEnrolment as {
      recoveryCodes: string[];
    };
    expect(codes.recoveryCodes).toHaveLength(10);

    nextStep();
    const later = app.client();
    const step = await passwordStep(later, 'teacher');
    expect(step.__typename).toBe('MfaRequired');
    expect(await verify(later, step.challenge, codeAt(begun.secret))).toMatchObject({ __typename: 'Viewer' });

    nextStep();
    const disabled = await later.request(
      'mutation($code: String!) { disableMyMfa(code: $code) { __typename } }',
      {
        code: codeAt(begun.secret),
      },
    );
    expect(disabled.body.data?.disableMyMfa).toEqual({ __typename: 'MfaDisabled' });
    expect((await passwordStep(app.client(), 'teacher')).__typename).toBe('Viewer');
  });

  it('wrong codes count as failed sign-ins and lock like wrong passwords', async () => {
    const client = app.client();
    const challenge = (await passwordStep(client, 'leader')).challenge;
    const answers: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt++)
      answers.push((await verify(client, challenge, '000000')).__typename);
    expect(answers).toEqual([...Array(5).fill('InvalidMfaCodeError'), 'AccountLockedError']);
    expect((await verify(client, challenge, codeAt(DEMO_TOTP_SECRET))).__typename).toBe('AccountLockedError');
  });

  it('a challenge expires after five minutes', async () => {
    const client = app.client();
    const challenge = (await passwordStep(client, 'admin')).challenge;
    app.clock.advanceMinutes(5);
    expect(await verify(client, challenge, codeAt(DEMO_TOTP_SECRET))).toMatchObject({
      code: 'MFA_CHALLENGE_EXPIRED',
    });
  });

  it('an administrator’s password reset removes the second factor: the account enrols again', async () => {
    const { account } = await enrolled('SAFETY');
    const admin = await app.signedIn('admin');
    const reset = await admin.request(
      'mutation($input: AccountIdInput!) { resetAccountPassword(input: $input) { __typename ... on SetPasswordLinkIssued { expiresAt } } }',
      { input: { accountId: account.id } },
    );
    expect(reset.body.data?.resetAccountPassword).toMatchObject({ __typename: 'SetPasswordLinkIssued' });
    expect(await app.owner.getRepository(MfaRecoveryCodeEntity).countBy({ accountId: account.id })).toBe(0);
    const stored = await app.owner.getRepository(AccountEntity).findOneByOrFail({ id: account.id });
    expect({ secret: stored.mfaSecret, enabledAt: stored.mfaEnabledAt }).toEqual({
      secret: null,
      enabledAt: null,
    });
  });
});
