import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer, OptionalViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { PageArgs } from '../common/pagination/pagination';
import { CohortModel } from '../cohorts/cohort.model';
import { AnnouncementsService } from './announcements.service';
import { AnnouncementModel, AnnouncementPage, toAnnouncement } from './announcement.model';

@Resolver(() => AnnouncementModel)
export class AnnouncementsResolver {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Allow(Permission.ManageCohort)
  @Mutation(() => AnnouncementModel, { description: 'Post to the cohort page and email its students.' })
  async postAnnouncement(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('body') body: string,
  ): Promise<AnnouncementModel> {
    return toAnnouncement(await this.announcements.post(viewer, cohortId, { body }));
  }

  @Authenticated()
  @ResolveField(() => String, { nullable: true, description: 'Null for automatic announcements.' })
  async authorName(@Parent() a: AnnouncementModel, @Context() ctx: GqlContext): Promise<string | null> {
    return a.authorId ? ((await ctx.loaders.userById.load(a.authorId))?.displayName ?? null) : null;
  }
}

@Resolver(() => CohortModel)
export class CohortAnnouncementsResolver {
  constructor(private readonly service: AnnouncementsService) {}

  @Public()
  @ResolveField(() => AnnouncementPage, { description: 'Newest first; for enrolled students and mentors.' })
  async announcements(@Parent() c: CohortModel, @OptionalViewer() viewer: Viewer | undefined, @Args() args: PageArgs): Promise<AnnouncementPage> {
    const page = await this.service.list(viewer, c.id, args);
    return { ...page, nodes: page.nodes.map(toAnnouncement) };
  }
}
