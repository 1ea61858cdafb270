import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer, OptionalViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { toMembership } from '../chapters/chapter.model';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { SessionCookie } from './session-cookie';
import { MeModel, toMe } from './viewer.model';
import {
  ChangePasswordInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from './dto/accounts.inputs';

@Resolver(() => MeModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Query(() => MeModel, { nullable: true, description: 'The signed-in user, or null.' })
  async viewer(@OptionalViewer() viewer: Viewer | undefined): Promise<MeModel | null> {
    if (!viewer) return null;
    return this.me(viewer);
  }

  @Public()
  @Mutation(() => MeModel, { description: 'Create an account and sign in.' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<MeModel> {
    const session = await this.auth.signUp(input, this.cookie.client(ctx.req));
    this.cookie.set(ctx.res, session);
    return this.meAfterSignIn(ctx, session.token);
  }

  @Public()
  @Mutation(() => MeModel)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<MeModel> {
    const session = await this.auth.signIn(input, this.cookie.client(ctx.req));
    this.cookie.set(ctx.res, session);
    return this.meAfterSignIn(ctx, session.token);
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async signOut(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOut(viewer.sessionId);
    this.cookie.clear(ctx.res);
    return true;
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Sign out every other browser and device; returns how many sessions ended.' })
  async signOutOtherSessions(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.auth.signOutOtherSessions(viewer);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true: the answer does not tell whether the email has an account.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.requestPasswordReset(input, this.cookie.client(ctx.req));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Set a new password from an emailed link; signs out every session.' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.auth.resetPassword(input);
    return true;
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Change your password; signs out your other sessions.' })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(viewer, input);
    return true;
  }

  @Authenticated()
  @Mutation(() => MeModel)
  async updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<MeModel> {
    await this.accounts.updateProfile(viewer, { ...input });
    return this.me(viewer);
  }

  private async me(viewer: Viewer): Promise<MeModel> {
    const { user, memberships } = await this.accounts.profile(viewer);
    return toMe(user, viewer, memberships.map(toMembership));
  }

  private async meAfterSignIn(ctx: GqlContext, token: string): Promise<MeModel> {
    const viewer = await this.auth.resolveSession(token);
    ctx.viewer = viewer;
    return this.me(viewer!);
  }
}
