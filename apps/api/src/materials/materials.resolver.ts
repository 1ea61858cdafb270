import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { ModalityModel, toModality } from '../cohorts/cohort.model';
import { StoredFileModel, toStoredFile } from '../files/stored-file.model';
import { MaterialKind } from './material.entity';
import { MaterialsService } from './materials.service';
import {
  ExamDomainModel,
  MaterialInput,
  MaterialModel,
  MaterialSearchArgs,
  MaterialSearchPage,
  MaterialVersionModel,
  toDomain,
  toMaterial,
  toVersion,
  UpdateMaterialInput,
} from './material.model';

@Resolver(() => MaterialModel)
export class MaterialsResolver {
  constructor(private readonly service: MaterialsService) {}

  @Public()
  @Query(() => [ExamDomainModel], { description: 'Domains of the CRES content outline (data a platform admin maintains).' })
  async examDomains(): Promise<ExamDomainModel[]> {
    return (await this.service.domains()).filter((d) => !d.retiredAt).map(toDomain);
  }

  @Allow(Permission.UseLibrary)
  @Query(() => MaterialSearchPage, { description: 'Search the library you can use: ranked by relevance, or newest first without a query.' })
  async materials(@CurrentViewer() viewer: Viewer, @Args() args: MaterialSearchArgs): Promise<MaterialSearchPage> {
    const page = await this.service.search(viewer, args.filter ?? {}, args);
    return { ...page, nodes: page.nodes.map((h) => ({ material: toMaterial(h.material), headline: h.headline })) };
  }

  @Allow(Permission.UseLibrary)
  @Query(() => MaterialModel, { description: 'A library item you can use.' })
  async material(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<MaterialModel> {
    return toMaterial(await this.service.browsable(viewer, id));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => MaterialModel)
  async createMaterial(@CurrentViewer() viewer: Viewer, @Args('input') input: MaterialInput): Promise<MaterialModel> {
    return toMaterial(await this.service.create(viewer, { ...input }));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => MaterialModel, { description: 'Save a new version (earlier versions are kept).' })
  async updateMaterial(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMaterialInput): Promise<MaterialModel> {
    return toMaterial(await this.service.update(viewer, { ...input }));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => MaterialModel, { description: 'Make an earlier version current again, as a new version.' })
  async restoreMaterialVersion(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<MaterialModel> {
    return toMaterial(await this.service.restore(viewer, id, version, expectedVersion));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => MaterialModel)
  async archiveMaterial(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('archived', { type: () => Boolean, defaultValue: true }) archived: boolean,
  ): Promise<MaterialModel> {
    return toMaterial(await this.service.archive(viewer, id, archived));
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => [MaterialVersionModel], { description: 'Every version, newest first.' })
  async versions(@CurrentViewer() viewer: Viewer, @Parent() m: MaterialModel): Promise<MaterialVersionModel[]> {
    return (await this.service.versions(viewer, m.id)).map(toVersion);
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => String, { description: 'The Markdown source, for editing.' })
  bodyMarkdown(@Parent() m: MaterialModel): string {
    return m.bodyMarkdown;
  }

  @Authenticated()
  @ResolveField(() => Boolean)
  viewerCanEdit(@CurrentViewer() viewer: Viewer, @Parent() m: MaterialModel): boolean {
    return this.service.canEdit(viewer, { ...m } as never);
  }

  @Authenticated()
  @ResolveField(() => [ModalityModel])
  async modalities(@Parent() m: MaterialModel, @Context() ctx: GqlContext): Promise<ModalityModel[]> {
    return (await ctx.loaders.tagsByMaterial.load(m.id)).modalities.map(toModality);
  }

  @Authenticated()
  @ResolveField(() => [ExamDomainModel])
  async domains(@Parent() m: MaterialModel, @Context() ctx: GqlContext): Promise<ExamDomainModel[]> {
    return (await ctx.loaders.tagsByMaterial.load(m.id)).domains.map(toDomain);
  }

  @Authenticated()
  @ResolveField(() => StoredFileModel, {
    nullable: true,
    description: 'The file of a FILE item (null for other kinds). Whoever can see the item gets its signed links.',
  })
  async file(@Parent() m: MaterialModel, @Context() ctx: GqlContext): Promise<StoredFileModel | null> {
    if (m.kind !== MaterialKind.File || !m.fileId) return null;
    const file = await ctx.loaders.fileById.load(m.fileId);
    return file ? toStoredFile(file) : null;
  }
}
