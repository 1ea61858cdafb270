import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { ModalityEntity } from '../modalities/modality.entity';
import { ExamDomainEntity } from '../materials/exam-domain.entity';

export const QuestionStatus = { Draft: 'DRAFT', Reviewed: 'REVIEWED', Retired: 'RETIRED' } as const;
export type QuestionStatus = (typeof QuestionStatus)[keyof typeof QuestionStatus];

export const Difficulty = { Easy: 'EASY', Medium: 'MEDIUM', Hard: 'HARD' } as const;
export type Difficulty = (typeof Difficulty)[keyof typeof Difficulty];

/** Same meaning as material scopes. DRAFT: its author's own; CHAPTER: that chapter's; PLATFORM: every chapter's. */
export const QuestionScope = { Draft: 'DRAFT', Chapter: 'CHAPTER', Platform: 'PLATFORM' } as const;
export type QuestionScope = (typeof QuestionScope)[keyof typeof QuestionScope];

/** A multiple-choice question; its options are rows of question_option. */
@Entity('question')
// A GIN index (see the migration); TypeORM cannot describe its method, so it leaves it alone.
@Index('question_search_idx', { synchronize: false })
@Index('question_domain_idx', ['examDomainId', 'status'])
@Index('question_modality_idx', ['modalityId', 'status'])
@Index('question_status_idx', ['status', 'difficulty'])
@Index('question_scope_idx', ['scope', 'chapterId', 'authorId'])
@Index('question_author_idx', ['authorId'])
@Index('question_updated_idx', ['updatedAt', 'id'])
@Check('question_difficulty_check', `difficulty IN ('EASY', 'MEDIUM', 'HARD')`)
@Check('question_scope_check', `scope IN ('DRAFT', 'CHAPTER', 'PLATFORM')`)
@Check('question_status_check', `status IN ('DRAFT', 'REVIEWED', 'RETIRED')`)
@Check('question_chapter_scope_check', `(scope = 'CHAPTER') = (chapter_id IS NOT NULL)`)
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'stem_markdown', type: 'text' })
  stemMarkdown!: string;

  /** Sanitized HTML rendered from stemMarkdown when saved. */
  @Column({ name: 'stem_html', type: 'text' })
  stemHtml!: string;

  @Column({ name: 'rationale_markdown', type: 'text', default: '' })
  rationaleMarkdown!: string;

  @Column({ name: 'rationale_html', type: 'text', default: '' })
  rationaleHtml!: string;

  /** NULL: general, all modalities. */
  @Column({ name: 'modality_id', type: 'uuid', nullable: true })
  modalityId!: string | null;

  @ManyToOne(() => ModalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'modality_id', foreignKeyConstraintName: 'question_modality_id_fkey' })
  modality?: Relation<ModalityEntity>;

  @Column({ name: 'exam_domain_id', type: 'uuid' })
  examDomainId!: string;

  @ManyToOne(() => ExamDomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'exam_domain_id', foreignKeyConstraintName: 'question_exam_domain_id_fkey' })
  examDomain?: Relation<ExamDomainEntity>;

  @Column({ type: 'varchar', length: 6, default: 'MEDIUM' })
  difficulty!: Difficulty;

  @Column({ type: 'varchar', length: 10 })
  scope!: QuestionScope;

  @Column({ name: 'chapter_id', type: 'uuid', nullable: true })
  chapterId!: string | null;

  @ManyToOne(() => ChapterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'question_chapter_id_fkey' })
  chapter?: Relation<ChapterEntity>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'question_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 8, default: 'DRAFT' })
  status!: QuestionStatus;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'question_reviewed_by_fkey' })
  reviewer?: Relation<UserEntity>;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  /** Where it came from, e.g. "import: bank.gift line 12". */
  @Column({ type: 'varchar', length: 300, nullable: true })
  source!: string | null;

  /** Full-text vector over stem (A) and rationale (B), written by the service. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}

/** One answer choice; position 0–4 in authoring order; exactly one per question is correct. */
@Entity('question_option')
@Index('question_option_position_key', ['questionId', 'position'], { unique: true })
@Index('question_option_correct_key', ['questionId'], { unique: true, where: 'is_correct' })
@Check('question_option_position_check', 'position BETWEEN 0 AND 4')
export class QuestionOptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'question_option_question_id_fkey' })
  question?: Relation<QuestionEntity>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'text_markdown', type: 'text' })
  textMarkdown!: string;

  @Column({ name: 'text_html', type: 'text' })
  textHtml!: string;

  @Column({ name: 'is_correct', type: 'boolean', default: false })
  isCorrect!: boolean;
}
