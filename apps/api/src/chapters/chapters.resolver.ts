import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { PageArgs } from '../common/pagination/pagination';
import { nowUtc } from '@gantry/shared';
import { ChaptersService } from './chapters.service';
import {
  ChapterMemberPage,
  ChapterMembership,
  ChapterModel,
  ChapterPage,
  InvitationModel,
  InvitationPage,
  InvitationPreviewModel,
  toChapter,
  toInvitation,
  toMembership,
} from './chapter.model';
import { AcceptInvitationInput, ChapterPageArgs, CreateChapterInput, InviteToChapterInput, UpdateChapterInput } from './dto/chapters.inputs';

@Resolver(() => ChapterModel)
export class ChaptersResolver {
  constructor(private readonly service: ChaptersService) {}

  @Public()
  @Query(() => ChapterPage, { description: 'All chapters (public information), by name.' })
  async chapters(@Args() args: PageArgs): Promise<ChapterPage> {
    const page = await this.service.list(args);
    return { ...page, nodes: page.nodes.map(toChapter) };
  }

  @Public()
  @Query(() => ChapterModel, { description: 'A chapter’s public page.' })
  async chapter(@Args('slug') slug: string): Promise<ChapterModel> {
    return toChapter(await this.service.bySlug(slug));
  }

  @Authenticated()
  @Query(() => [ChapterModel], { description: 'Chapters where you are an admin or mentor.' })
  async myChapters(@CurrentViewer() viewer: Viewer): Promise<ChapterModel[]> {
    return (await this.service.mine(viewer)).map(toChapter);
  }

  @Allow(Permission.ViewChapterMembers)
  @Query(() => ChapterMemberPage)
  async chapterMembers(@CurrentViewer() viewer: Viewer, @Args() args: ChapterPageArgs): Promise<ChapterMemberPage> {
    return this.service.members(viewer, args);
  }

  @Allow(Permission.ViewChapterMembers)
  @Query(() => InvitationPage)
  async chapterInvitations(@CurrentViewer() viewer: Viewer, @Args() args: ChapterPageArgs): Promise<InvitationPage> {
    const page = await this.service.invitations(viewer, args);
    const now = nowUtc().toJSDate();
    return { ...page, nodes: page.nodes.map((i) => toInvitation(i, now)) };
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'What an emailed invitation link is for, before signing in.' })
  async invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    const { invitation, chapter, maskedEmail } = await this.service.previewInvitation(token);
    const model = toInvitation(invitation, nowUtc().toJSDate());
    return {
      chapterId: chapter.id,
      chapterName: chapter.name,
      chapterSlug: chapter.slug,
      role: model.role,
      maskedEmail,
      status: model.status,
      expiresAt: model.expiresAt,
    };
  }

  @Authenticated()
  @Query(() => [InvitationModel], { description: 'Open invitations addressed to your email.' })
  async myInvitations(@CurrentViewer() viewer: Viewer): Promise<InvitationModel[]> {
    const now = nowUtc().toJSDate();
    return (await this.service.invitationsFor(viewer)).map((i) => toInvitation(i, now));
  }

  @Allow(Permission.CreateChapter)
  @Mutation(() => ChapterModel, { description: 'Create a chapter and invite its first admin.' })
  async createChapter(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateChapterInput): Promise<ChapterModel> {
    return toChapter(await this.service.create(viewer, input));
  }

  @Allow(Permission.ManageChapter)
  @Mutation(() => ChapterModel)
  async updateChapter(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateChapterInput): Promise<ChapterModel> {
    return toChapter(await this.service.update(viewer, { ...input }));
  }

  @Allow(Permission.InviteMentor)
  @Mutation(() => InvitationModel, { description: 'Invite someone by email to be a mentor (or admin) of a chapter.' })
  async inviteToChapter(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteToChapterInput): Promise<InvitationModel> {
    return toInvitation(await this.service.invite(viewer, { ...input }), nowUtc().toJSDate());
  }

  @Allow(Permission.InviteMentor)
  @Mutation(() => InvitationModel)
  async revokeInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<InvitationModel> {
    return toInvitation(await this.service.revokeInvitation(viewer, id), nowUtc().toJSDate());
  }

  @Authenticated()
  @Mutation(() => ChapterMembership)
  async acceptInvitation(@CurrentViewer() viewer: Viewer, @Args('input') input: AcceptInvitationInput): Promise<ChapterMembership> {
    return toMembership(await this.service.accept(viewer, input));
  }

  @Allow(Permission.ManageChapter)
  @Mutation(() => ChapterMembership, { description: 'Remove a mentor or admin from a chapter.' })
  async removeChapterMember(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<ChapterMembership> {
    return toMembership(await this.service.removeMember(viewer, membershipId));
  }
}

@Resolver(() => ChapterMembership)
export class ChapterMembershipResolver {
  @Authenticated()
  @ResolveField(() => ChapterModel)
  async chapter(@Parent() membership: ChapterMembership, @Context() ctx: GqlContext): Promise<ChapterModel> {
    const chapter = await ctx.loaders.chapterById.load(membership.chapterId);
    return toChapter(chapter!);
  }
}

@Resolver(() => InvitationModel)
export class InvitationResolver {
  @Authenticated()
  @ResolveField(() => ChapterModel)
  async chapter(@Parent() invitation: InvitationModel, @Context() ctx: GqlContext): Promise<ChapterModel> {
    const chapter = await ctx.loaders.chapterById.load(invitation.chapterId);
    return toChapter(chapter!);
  }
}
