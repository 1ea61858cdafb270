import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import type { MaterialEntity } from '../materials/material.entity';
import { MaterialModel, toMaterial } from '../materials/material.model';
import {
  ChapterReadinessModel,
  CohortReadinessModel,
  ReadinessModel,
  StudyNextItemModel,
  toChapterReadiness,
  toCohortReadiness,
  toReadiness,
} from './readiness.model';
import { ReadinessService } from './readiness.service';

/** The weak-area map: your own, a cohort's (its managers), a chapter's (its admins). */
@Resolver()
export class ReadinessResolver {
  constructor(private readonly readiness: ReadinessService) {}

  @Authenticated()
  @Query(() => ReadinessModel, { description: 'Your scores per domain and modality over your submitted attempts, trend, coverage and what to study next.' })
  async myReadiness(@CurrentViewer() viewer: Viewer): Promise<ReadinessModel> {
    return toReadiness(await this.readiness.mine(viewer));
  }

  @Allow(Permission.ManageCohort)
  @Query(() => CohortReadinessModel, {
    description: 'Enrolled students × exam domains over the cohort’s practice quizzes and the mock exams started for it. Its mentors, its chapter’s admins, platform admins.',
  })
  async cohortReadiness(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: 'Students per page, 1–100.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CohortReadinessModel> {
    return toCohortReadiness(await this.readiness.cohort(viewer, cohortId, { first, after }));
  }

  @Allow(Permission.ViewChapterCohorts)
  @Query(() => ChapterReadinessModel, { description: 'Each cohort of a chapter with its weakest domains. The chapter’s admins and platform admins.' })
  async chapterReadiness(@CurrentViewer() viewer: Viewer, @Args('chapterId', { type: () => ID }) chapterId: string): Promise<ChapterReadinessModel> {
    return toChapterReadiness(await this.readiness.chapter(viewer, chapterId));
  }
}

@Resolver(() => StudyNextItemModel)
export class StudyNextResolver {
  @Authenticated()
  @ResolveField(() => [MaterialModel], {
    description: 'The released agenda items among `links`, as library items (readable by you through your cohort’s agenda). Empty during a mock exam.',
  })
  async materials(@Parent() s: StudyNextItemModel, @Context() ctx: GqlContext): Promise<MaterialModel[]> {
    const found = await ctx.loaders.materialById.loadMany(s.materialIds);
    return found.filter((m): m is MaterialEntity => !!m && !(m instanceof Error)).map(toMaterial);
  }
}
