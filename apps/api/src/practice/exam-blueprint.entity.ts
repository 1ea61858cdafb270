import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { localDateColumn } from '../ce/columns';

/**
 * One edition of the mock exam's blueprint: how many questions, how long, and each exam
 * domain's relative weight (by domain code). The edition whose effective date is the latest
 * on or before today applies; editions are only ever inserted.
 */
@Entity('exam_blueprint')
@Index('exam_blueprint_edition_key', ['edition'], { unique: true })
@Index('exam_blueprint_effective_key', ['effectiveFrom'], { unique: true })
@Check('exam_blueprint_question_count_check', 'question_count BETWEEN 1 AND 500')
@Check('exam_blueprint_minutes_check', 'minutes BETWEEN 1 AND 600')
export class ExamBlueprintEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  edition!: string;

  @Column({ name: 'effective_from', type: 'date', transformer: localDateColumn })
  effectiveFrom!: string;

  @Column({ name: 'question_count', type: 'integer' })
  questionCount!: number;

  @Column({ type: 'integer' })
  minutes!: number;

  /** `{ "<domain code>": weight }`, relative (shares are weight / sum). */
  @Column({ type: 'jsonb' })
  weights!: Record<string, number>;

  @Column({ type: 'boolean', default: false })
  provisional!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'exam_blueprint_created_by_fkey' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
