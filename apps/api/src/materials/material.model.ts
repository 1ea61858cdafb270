import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { byValue } from '../common/graphql-enums';
import { registerEnumType } from '@nestjs/graphql';
import { Paginated, PageArgs } from '../common/pagination/pagination';
import type { ExamDomainEntity } from './exam-domain.entity';
import { MaterialKind, MaterialScope, type MaterialEntity, type MaterialVersionEntity } from './material.entity';

export const MaterialKindEnum = byValue(MaterialKind);
export const MaterialScopeEnum = byValue(MaterialScope);
registerEnumType(MaterialKindEnum, { name: 'MaterialKind' });
registerEnumType(MaterialScopeEnum, { name: 'MaterialScope', description: 'DRAFT (yours), CHAPTER (a chapter’s library) or PLATFORM (every chapter).' });

@ObjectType('ExamDomain')
export class ExamDomainModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
}

export const toDomain = (e: ExamDomainEntity): ExamDomainModel => ({ id: e.id, code: e.code, name: e.name, description: e.description });

@ObjectType('Material')
export class MaterialModel {
  @Field(() => ID) id!: string;
  @Field(() => MaterialKindEnum) kind!: MaterialKind;
  @Field(() => MaterialScopeEnum) scope!: MaterialScope;
  @Field(() => ID, { nullable: true }) chapterId!: string | null;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => Int, { description: 'Estimated minutes to work through it.' }) minutes!: number;
  @Field({ description: 'Sanitized HTML of the reading (safe to render).' }) bodyHtml!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
  ownerId!: string | null;
  bodyMarkdown!: string;
  /** Resolved to `file` (a StoredFile) for FILE items. */
  fileId!: string | null;
}

export function toMaterial(e: MaterialEntity): MaterialModel {
  return {
    id: e.id,
    kind: e.kind,
    scope: e.scope,
    chapterId: e.chapterId,
    title: e.title,
    summary: e.summary,
    minutes: e.minutes,
    bodyHtml: e.bodyHtml,
    url: e.url,
    archivedAt: e.archivedAt,
    updatedAt: e.updatedAt,
    version: e.version,
    ownerId: e.ownerId,
    bodyMarkdown: e.bodyMarkdown,
    fileId: e.fileId,
  };
}

@ObjectType('MaterialSearchHit')
export class MaterialSearchHitModel {
  @Field(() => MaterialModel) material!: MaterialModel;
  @Field(() => String, { nullable: true, description: 'Where the query matched; matches are between « and ». Plain text.' })
  headline!: string | null;
}

@ObjectType()
export class MaterialSearchPage extends Paginated(MaterialSearchHitModel) {}

@ObjectType('MaterialVersion')
export class MaterialVersionModel {
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => Int) minutes!: number;
  @Field() bodyMarkdown!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => [String]) modalityCodes!: string[];
  @Field(() => [String]) domainCodes!: string[];
  @Field() createdAt!: Date;
  editedById!: string | null;
}

export const toVersion = (v: MaterialVersionEntity): MaterialVersionModel => ({
  version: v.version,
  title: v.title,
  summary: v.summary,
  minutes: v.minutes,
  bodyMarkdown: v.bodyMarkdown,
  url: v.url,
  modalityCodes: v.modalityCodes,
  domainCodes: v.domainCodes,
  createdAt: v.createdAt,
  editedById: v.editedById,
});

@InputType()
export class MaterialInput {
  @Field(() => MaterialKindEnum) kind!: MaterialKind;
  @Field(() => MaterialScopeEnum) scope!: MaterialScope;
  @Field(() => ID, { nullable: true }) chapterId?: string | null;
  @Field() title!: string;
  @Field({ nullable: true }) summary?: string;
  @Field(() => Int) minutes!: number;
  @Field({ nullable: true, description: 'Markdown; rendered and sanitized on the server.' }) bodyMarkdown?: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => ID, { nullable: true }) fileId?: string | null;
  @Field(() => [String]) modalityCodes!: string[];
  @Field(() => [String]) domainCodes!: string[];
}

@InputType()
export class UpdateMaterialInput extends MaterialInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
}

@InputType()
export class MaterialFilterInput {
  @Field(() => String, { nullable: true, description: 'Words to find in titles, summaries and reading text.' }) query?: string | null;
  @Field(() => [String], { nullable: true }) modalityCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) domainCodes?: string[] | null;
  @Field(() => [MaterialKindEnum], { nullable: true }) kinds?: MaterialKind[] | null;
  @Field(() => [MaterialScopeEnum], { nullable: true }) scopes?: MaterialScope[] | null;
}

@ArgsType()
export class MaterialSearchArgs extends PageArgs {
  @Field(() => MaterialFilterInput, { nullable: true }) filter?: MaterialFilterInput | null;
}
