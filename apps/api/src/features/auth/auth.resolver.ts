import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Institution, toInstitution } from '../institutions/institution.type';
import { signIn, signOut } from './auth.service';
import { SignInInput } from './sign-in.input';
import { SignInResult } from './sign-in.result';
import { Viewer } from './viewer.type';

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
