import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { byValue } from '../common/graphql-enums';
import { AppError } from '../common/errors/app-error';
import { CohortModel, SessionModel, toSession } from '../cohorts/cohort.model';
import type { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { MaterialModel, toMaterial } from '../materials/material.model';
import { AgendasService, type AgendaItemView } from './agendas.service';
import { AgendaPhase, ReleaseRule } from './agenda-item.entity';

const AgendaPhaseEnum = byValue(AgendaPhase);
const ReleaseRuleEnum = byValue(ReleaseRule);
registerEnumType(AgendaPhaseEnum, { name: 'AgendaPhase', description: 'Work it through BEFORE, DURING or AFTER the session.' });
registerEnumType(ReleaseRuleEnum, { name: 'ReleaseRule', description: 'NOW, DAYS_BEFORE the session (releaseDays), or AFTER_END.' });

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) position!: number;
  @Field(() => AgendaPhaseEnum) phase!: AgendaPhase;
  @Field(() => ReleaseRuleEnum) release!: ReleaseRule;
  @Field(() => Int, { nullable: true }) releaseDays!: number | null;
  @Field(() => Date, { nullable: true, description: 'When students can see it (null: now).' }) releasesAt!: Date | null;
  @Field() released!: boolean;
  materialId!: string;
}

const toItem = (v: AgendaItemView): AgendaItemModel => ({
  id: v.item.id,
  sessionId: v.item.sessionId,
  position: v.item.position,
  phase: v.item.phase,
  release: v.item.release,
  releaseDays: v.item.releaseDays,
  releasesAt: v.releasesAt,
  released: v.released,
  materialId: v.item.materialId,
});

@InputType()
export class AgendaItemInput {
  @Field(() => ID) materialId!: string;
  @Field(() => AgendaPhaseEnum) phase!: AgendaPhase;
  @Field(() => ReleaseRuleEnum) release!: ReleaseRule;
  @Field(() => Int, { nullable: true }) releaseDays?: number | null;
}

@ObjectType('CoverageRow')
export class CoverageRowModel {
  @Field({ description: 'MODALITY or DOMAIN.' }) kind!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => [ID], { description: 'Sessions whose agenda covers it.' }) sessionIds!: string[];
  @Field(() => Int) items!: number;
}

@ObjectType('AgendaProgress')
export class AgendaProgressModel {
  @Field(() => Int) done!: number;
  @Field(() => Int, { description: 'Released items.' }) total!: number;
  @Field(() => Int, { description: 'Minutes of released items not done yet.' }) minutesLeft!: number;
}

@Resolver(() => AgendaItemModel)
export class AgendasResolver {
  constructor(private readonly agendas: AgendasService) {}

  @Authenticated()
  @Query(() => AgendaItemModel, { description: 'An agenda item released to you (or in a cohort you manage).' })
  async agendaItem(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AgendaItemModel> {
    return toItem((await this.agendas.viewableItem(viewer, id)).view);
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => [AgendaItemModel], { description: 'Replace a session’s agenda with this ordered list (progress on kept items stays).' })
  async setSessionAgenda(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('items', { type: () => [AgendaItemInput] }) items: AgendaItemInput[],
  ): Promise<AgendaItemModel[]> {
    return (await this.agendas.setAgenda(viewer, sessionId, { items })).map(toItem);
  }

  @Authenticated()
  @Mutation(() => AgendaItemModel, { description: 'Mark an item you have worked through (or undo). Idempotent.' })
  async markAgendaItemDone(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('done', { type: () => Boolean, defaultValue: true }) done: boolean,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.markDone(viewer, id, done));
  }

  @Authenticated()
  @ResolveField(() => MaterialModel)
  async material(@Parent() i: AgendaItemModel, @Context() ctx: GqlContext): Promise<MaterialModel> {
    await ctx.loaders.closedBookByUser.load(ctx.viewer?.userId ?? ''); // closed book during a mock exam
    const m = await ctx.loaders.materialById.load(i.materialId);
    if (!m) throw AppError.notFound('That material');
    return toMaterial(m);
  }

  @Authenticated()
  @ResolveField(() => SessionModel, { description: 'The session whose agenda this is.' })
  async session(@Parent() i: AgendaItemModel, @Context() ctx: GqlContext): Promise<SessionModel> {
    const s = await ctx.loaders.sessionById.load(i.sessionId);
    if (!s) throw AppError.notFound('That session');
    return toSession(s);
  }

  @Authenticated()
  @ResolveField(() => Boolean, { description: 'You marked it done.' })
  async viewerDone(@Parent() i: AgendaItemModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.doneByAgendaItem.load(i.id);
  }
}

@Resolver(() => SessionModel)
export class SessionAgendaResolver {
  constructor(private readonly agendas: AgendasService) {}

  @Public()
  @ResolveField(() => [AgendaItemModel], { description: 'In order. Managers see every item; enrolled students released ones; others none.' })
  async agenda(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<AgendaItemModel[]> {
    return (await this.visible(s, ctx)).map(toItem);
  }

  @Public()
  @ResolveField(() => AgendaProgressModel, { description: 'Your progress through this session’s released items.' })
  async viewerProgress(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<AgendaProgressModel> {
    return this.progress([await this.visibleReleased(s, ctx)], ctx);
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Recording link, for participants.' })
  async recordingUrl(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.participant(s, ctx)) ? ((await this.entity(s, ctx))?.recordingUrl ?? null) : null;
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Slides link, for participants.' })
  async slidesUrl(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.participant(s, ctx)) ? ((await this.entity(s, ctx))?.slidesUrl ?? null) : null;
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => SessionModel, { description: 'Attach the recording (and slides) after a session.' })
  async setSessionRecording(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('recordingUrl', { type: () => String, nullable: true }) recordingUrl?: string | null,
    @Args('slidesUrl', { type: () => String, nullable: true }) slidesUrl?: string | null,
  ): Promise<SessionModel> {
    return toSession(await this.agendas.setRecording(viewer, sessionId, { recordingUrl, slidesUrl }));
  }

  async visible(s: SessionModel, ctx: GqlContext): Promise<AgendaItemView[]> {
    const access = await ctx.loaders.accessByCohort.load(s.cohortId);
    const items = await ctx.loaders.agendaBySession.load(s.id);
    return this.agendas.visibleItems(items, { startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) } as CohortSessionEntity, access);
  }

  async visibleReleased(s: SessionModel, ctx: GqlContext): Promise<AgendaItemView[]> {
    return (await this.visible(s, ctx)).filter((v) => v.released);
  }

  async progress(lists: AgendaItemView[][], ctx: GqlContext): Promise<AgendaProgressModel> {
    const views = lists.flat();
    const done = await Promise.all(views.map((v) => ctx.loaders.doneByAgendaItem.load(v.item.id)));
    const mats = await Promise.all(views.map((v) => ctx.loaders.materialById.load(v.item.materialId)));
    return {
      done: done.filter(Boolean).length,
      total: views.length,
      minutesLeft: views.reduce((sum, _v, i) => sum + (done[i] ? 0 : (mats[i]?.minutes ?? 0)), 0),
    };
  }

  private async participant(s: SessionModel, ctx: GqlContext): Promise<boolean> {
    return (await ctx.loaders.accessByCohort.load(s.cohortId)).participate;
  }

  private async entity(s: SessionModel, ctx: GqlContext): Promise<CohortSessionEntity | undefined> {
    return (await ctx.loaders.sessionsByCohort.load(s.cohortId)).find((x) => x.entity.id === s.id)?.entity;
  }
}

@Resolver(() => CohortModel)
export class CohortAgendaResolver {
  constructor(
    private readonly agendas: AgendasService,
    private readonly sessions: SessionAgendaResolver,
  ) {}

  @Public()
  @ResolveField(() => AgendaProgressModel, { description: 'Your progress through every released item of the cohort.' })
  async viewerProgress(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<AgendaProgressModel> {
    const sessions = (await ctx.loaders.sessionsByCohort.load(c.id)).filter((s) => s.entity.status === 'SCHEDULED');
    const lists = await Promise.all(
      sessions.map(({ entity: e }) =>
        this.sessions.visibleReleased({ id: e.id, cohortId: e.cohortId, startsAt: e.startsAt, endsAt: e.endsAt } as SessionModel, ctx),
      ),
    );
    return this.sessions.progress(lists, ctx);
  }

  @Public()
  @ResolveField(() => [CoverageRowModel], { description: 'Modalities and domains the agendas cover, for the cohort’s mentors; empty for others.' })
  async coverage(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<CoverageRowModel[]> {
    if (!(await ctx.loaders.accessByCohort.load(c.id)).manage) return [];
    return this.agendas.coverage(c.id);
  }
}
