import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CohortEntity } from '../cohorts/cohort.entity';

export const AnnouncementKind = { Mentor: 'MENTOR', System: 'SYSTEM' } as const;
export type AnnouncementKind = (typeof AnnouncementKind)[keyof typeof AnnouncementKind];

@Entity('announcement')
@Index('announcement_cohort_idx', ['cohortId', 'createdAt'])
@Check('announcement_kind_check', `kind IN ('MENTOR', 'SYSTEM')`)
export class AnnouncementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'announcement_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'announcement_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 8, default: 'MENTOR' })
  kind!: AnnouncementKind;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
