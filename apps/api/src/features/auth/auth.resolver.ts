import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Institution, toInstitution } from '../institutions/institution.type';
import { signIn, signOut } from './auth.service';
import { AccountEntity } from '../accounts/account.entity';
import { mustUseMfa, recoveryCodesLeft } from './mfa';
import { beginMyMfaEnrolment, confirmMyMfaEnrolment, disableMyMfa } from './mfa-settings.commands';
import { beginMfaEnrolment, confirmMfaEnrolment, verifyMfa } from './mfa-sign-in.service';
import {
  BeginMfaEnrolmentResult,
  ConfirmMfaEnrolmentResult,
  ConfirmMyMfaEnrolmentResult,
  DisableMyMfaResult,
  MfaCodeInput,
  MfaStatus,
  VerifyMfaResult,
} from './mfa.types';
import { SignInInput } from './sign-in.input';
import { SignInResult } from './sign-in.result';
import { Viewer } from './viewer.type';
import { AccountLanguage, fromStoredLanguage, setMyLanguage } from './account-language';

@Resolver(() => Viewer)
export class AuthResolver {
  @Allow('PUBLIC')
  @Query(() => Viewer, { nullable: true, description: 'The signed-in viewer; null when not signed in.' })
  me(@Ctx() context: RequestContext): Viewer | null {
    return context.auth.actor ? Viewer.of(context.auth.actor) : null;
  }

  @Allow('PUBLIC')
  @Mutation(() => SignInResult, { description: 'Signs in and sets the session cookie.' })
  signIn(
    @Ctx() context: RequestContext,
    @Arg('input', () => SignInInput, { description: 'Username and password.' }) input: SignInInput,
  ): Promise<typeof SignInResult> {
    return signIn(context, input);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  signOut(@Ctx() context: RequestContext): Promise<boolean> {
    return signOut(context);
  }

  @Allow('PUBLIC')
  @Mutation(() => VerifyMfaResult, {
    description: 'The second step of signIn (MfaRequired): a TOTP or recovery code; sets the session cookie.',
  })
  verifyMfa(
    @Ctx() context: RequestContext,
    @Arg('input', () => MfaCodeInput, { description: 'The challenge and the code.' }) input: MfaCodeInput,
  ): Promise<typeof VerifyMfaResult> {
    return verifyMfa(context, input);
  }

  @Allow('PUBLIC')
  @Mutation(() => BeginMfaEnrolmentResult, {
    description: 'After signIn answered MfaEnrolmentRequired: a new TOTP secret and its QR code.',
  })
  beginMfaEnrolment(
    @Ctx() context: RequestContext,
    @Arg('challenge', { description: 'The challenge from signIn.' }) challenge: string,
  ): Promise<typeof BeginMfaEnrolmentResult> {
    return beginMfaEnrolment(context, challenge);
  }

  @Allow('PUBLIC')
  @Mutation(() => ConfirmMfaEnrolmentResult, {
    description:
      'Confirms the enrolment begun at sign-in with a first code; answers the recovery codes once and sets the session cookie.',
  })
  confirmMfaEnrolment(
    @Ctx() context: RequestContext,
    @Arg('input', () => MfaCodeInput, { description: 'The challenge and the first code.' })
    input: MfaCodeInput,
  ): Promise<typeof ConfirmMfaEnrolmentResult> {
    return confirmMfaEnrolment(context, input);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => BeginMfaEnrolmentResult, {
    description: 'Settings: a new TOTP secret and its QR code for the viewer, pending until confirmed.',
  })
  beginMyMfaEnrolment(@Ctx() context: RequestContext): Promise<typeof BeginMfaEnrolmentResult> {
    return beginMyMfaEnrolment(context);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ConfirmMyMfaEnrolmentResult, {
    description: 'Settings: turns MFA on with a first code; answers the recovery codes once.',
  })
  confirmMyMfaEnrolment(
    @Ctx() context: RequestContext,
    @Arg('code', { description: 'A code from the authenticator app.' }) code: string,
  ): Promise<typeof ConfirmMyMfaEnrolmentResult> {
    return confirmMyMfaEnrolment(context, code);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => DisableMyMfaResult, {
    description:
      'Settings: turns MFA off with a current code, unless the account must use it (REP-7, VET-2).',
  })
  disableMyMfa(
    @Ctx() context: RequestContext,
    @Arg('code', { description: 'A TOTP or recovery code.' }) code: string,
  ): Promise<typeof DisableMyMfaResult> {
    return disableMyMfa(context, code);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Viewer, {
    description: 'Settings: the language the viewer reads mail in (the app sets it when the user switches).',
  })
  setMyLanguage(
    @Ctx() context: RequestContext,
    @Arg('language', () => AccountLanguage, { description: 'The chosen language.' })
    language: AccountLanguage,
  ): Promise<Viewer> {
    return setMyLanguage(context, language);
  }

  @FieldResolver(() => AccountLanguage, { description: 'The language the viewer reads mail in.' })
  async language(@Root() viewer: Viewer, @Ctx() context: RequestContext): Promise<AccountLanguage> {
    const account = await context.dataSource
      .getRepository(AccountEntity)
      .findOneOrFail({ select: { id: true, language: true }, where: { id: viewer.id } });
    return fromStoredLanguage(account.language);
  }

  @FieldResolver(() => MfaStatus, { description: 'The viewer’s second factor.' })
  async mfa(@Root() viewer: Viewer, @Ctx() context: RequestContext): Promise<MfaStatus> {
    const manager = context.dataSource.manager;
    const account = await manager.getRepository(AccountEntity).findOneByOrFail({ id: viewer.id });
    return Object.assign(new MfaStatus(), {
      isEnabled: account.mfaEnabledAt !== null,
      isRequired: mustUseMfa(account),
      recoveryCodesLeft: account.mfaEnabledAt ? await recoveryCodesLeft(manager, account.id) : 0,
    });
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The viewer’s institution, for institution roles (TEACHER, HEAD, STAFF).',
  })
  async institution(@Root() viewer: Viewer, @Ctx() context: RequestContext): Promise<Institution | null> {
    if (!viewer.institutionId) return null;
    const entity = await context.loaders.institutionById.load(viewer.institutionId);
    return entity ? toInstitution(entity, context.policy) : null;
  }
}
