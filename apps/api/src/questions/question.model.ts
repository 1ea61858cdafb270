import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QUESTION_FORMATS, type QuestionFormatValue } from '@gantry/shared';
import { byValue } from '../common/graphql-enums';
import { Paginated, PageArgs } from '../common/pagination/pagination';
import { Difficulty, QuestionScope, QuestionStatus, type QuestionEntity, type QuestionOptionEntity } from './question.entity';

export const QuestionStatusEnum = byValue(QuestionStatus);
export const DifficultyEnum = byValue(Difficulty);
export const QuestionScopeEnum = byValue(QuestionScope);
export const QuestionFormatEnum = Object.fromEntries(QUESTION_FORMATS.map((f) => [f, f])) as { [K in QuestionFormatValue]: K };
registerEnumType(QuestionStatusEnum, { name: 'QuestionStatus', description: 'DRAFT → REVIEWED (reaches students) → RETIRED (kept in past attempts, not drawn again).' });
registerEnumType(DifficultyEnum, { name: 'Difficulty' });
registerEnumType(QuestionScopeEnum, { name: 'QuestionScope', description: 'DRAFT (its author’s), CHAPTER (a chapter’s bank) or PLATFORM (every chapter).' });
registerEnumType(QuestionFormatEnum, { name: 'QuestionFormat', description: 'Moodle GIFT, Aiken, or CSV (stem, option_a…option_e, correct, rationale, domain, modality, difficulty).' });

@ObjectType('QuestionOption')
export class QuestionOptionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '0-based, in authoring order (attempts shuffle).' }) position!: number;
  @Field({ description: 'Sanitized HTML (safe to render).' }) textHtml!: string;
  @Field({ description: 'The Markdown source, for editing.' }) textMarkdown!: string;
  @Field(() => Boolean, { nullable: true, description: 'Whether this is the answer; null unless the viewer may see answers (the bank’s readers are mentors and admins).' })
  isCorrect!: boolean | null;
}

export const toOption = (o: QuestionOptionEntity): QuestionOptionModel => ({
  id: o.id,
  position: o.position,
  textHtml: o.textHtml,
  textMarkdown: o.textMarkdown,
  isCorrect: o.isCorrect,
});

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Sanitized HTML (safe to render).' }) stemHtml!: string;
  @Field() stemMarkdown!: string;
  @Field(() => String, { nullable: true }) rationaleHtml!: string | null;
  @Field(() => String, { nullable: true }) rationaleMarkdown!: string | null;
  @Field(() => DifficultyEnum) difficulty!: Difficulty;
  @Field(() => QuestionScopeEnum) scope!: QuestionScope;
  @Field(() => ID, { nullable: true }) chapterId!: string | null;
  @Field(() => QuestionStatusEnum) status!: QuestionStatus;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Where it came from, e.g. “import: bank.gift line 12”.' }) source!: string | null;
  modalityId!: string | null;
  domainId!: string;
  authorId!: string | null;
  reviewedById!: string | null;
}

export function toQuestion(e: QuestionEntity): QuestionModel {
  return {
    id: e.id,
    stemHtml: e.stemHtml,
    stemMarkdown: e.stemMarkdown,
    rationaleHtml: e.rationaleMarkdown ? e.rationaleHtml : null,
    rationaleMarkdown: e.rationaleMarkdown || null,
    difficulty: e.difficulty,
    scope: e.scope,
    chapterId: e.chapterId,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    reviewedAt: e.reviewedAt,
    source: e.source,
    modalityId: e.modalityId,
    domainId: e.examDomainId,
    authorId: e.authorId,
    reviewedById: e.reviewedBy,
  };
}

@ObjectType()
export class QuestionPage extends Paginated(QuestionModel) {}

@InputType('QuestionFilter')
export class QuestionFilterInput {
  @Field(() => String, { nullable: true, description: 'Words to find in the question and rationale.' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) domainIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Questions tagged with one of these modalities (general questions have none).' }) modalityIds?: string[] | null;
  @Field(() => [QuestionStatusEnum], { nullable: true, description: 'Default: DRAFT and REVIEWED (retired ones only when asked for).' })
  statuses?: QuestionStatus[] | null;
  @Field(() => [QuestionScopeEnum], { nullable: true }) scopes?: QuestionScope[] | null;
  @Field(() => DifficultyEnum, { nullable: true }) difficulty?: Difficulty | null;
}

@ArgsType()
export class QuestionsArgs extends PageArgs {
  @Field(() => QuestionFilterInput, { nullable: true }) filter?: QuestionFilterInput | null;
}

@InputType()
export class QuestionOptionInput {
  @Field({ description: 'Markdown; rendered and sanitized on the server.' }) textMarkdown!: string;
  @Field() isCorrect!: boolean;
}

@InputType()
export class QuestionInput {
  @Field({ description: 'Markdown, at most 4000 characters.' }) stemMarkdown!: string;
  @Field(() => [QuestionOptionInput], { description: '4 or 5, exactly one correct, no two alike. Field errors: options, options.N.textMarkdown.' })
  options!: QuestionOptionInput[];
  @Field() rationaleMarkdown!: string;
  @Field(() => ID, { nullable: true, description: 'None: a general question for every modality.' }) modalityId?: string | null;
  @Field(() => ID) domainId!: string;
  @Field(() => DifficultyEnum) difficulty!: Difficulty;
  @Field(() => QuestionScopeEnum) scope!: QuestionScope;
  @Field(() => ID, { nullable: true }) chapterId?: string | null;
}

@InputType()
export class QuestionImportDefaultsInput {
  @Field(() => ID, { nullable: true, description: 'For questions whose file names no (known) domain.' }) domainId?: string | null;
  @Field(() => ID, { nullable: true }) modalityId?: string | null;
  @Field(() => DifficultyEnum, { nullable: true, description: 'Default MEDIUM.' }) difficulty?: Difficulty | null;
  @Field(() => QuestionScopeEnum, { nullable: true, description: 'Default DRAFT (your own).' }) scope?: QuestionScope | null;
  @Field(() => ID, { nullable: true }) chapterId?: string | null;
  @Field(() => QuestionStatusEnum, {
    nullable: true,
    description: 'DRAFT (default) or REVIEWED — only into a chapter or platform bank you may edit, and every question then needs a rationale.',
  })
  status?: QuestionStatus | null;
}

@InputType()
export class QuestionImportInput {
  @Field(() => QuestionFormatEnum) format!: QuestionFormatValue;
  @Field({ description: 'The file’s text (UTF-8, at most 200 KB).' }) text!: string;
  @Field() filename!: string;
  @Field(() => QuestionImportDefaultsInput, { nullable: true }) defaults?: QuestionImportDefaultsInput | null;
}

@ObjectType('ImportedQuestion')
export class ImportedQuestionModel {
  @Field(() => Int) line!: number;
  @Field() stem!: string;
  @Field(() => [String]) options!: string[];
  @Field(() => Int) correctIndex!: number;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => String, { nullable: true }) domainCode!: string | null;
  @Field(() => String, { nullable: true }) modalityCode!: string | null;
  @Field(() => DifficultyEnum, { nullable: true }) difficulty!: Difficulty | null;
}

@ObjectType('ImportLineError')
export class ImportLineErrorModel {
  @Field(() => Int) line!: number;
  @Field({ description: 'Starts with “Line N: ”.' }) message!: string;
}

@ObjectType('QuestionImportPreview')
export class QuestionImportPreviewModel {
  @Field(() => [ImportedQuestionModel]) questions!: ImportedQuestionModel[];
  @Field(() => [ImportLineErrorModel]) errors!: ImportLineErrorModel[];
  @Field({ description: 'True when the whole file can be imported.' }) ok!: boolean;
}

@ObjectType('QuestionImportResult')
export class QuestionImportResultModel {
  @Field(() => Int) imported!: number;
  @Field(() => [QuestionModel]) questions!: QuestionModel[];
}
