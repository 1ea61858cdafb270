import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CohortEntity } from './cohort.entity';

/** The lead mentor and co-mentors of a cohort. */
@Entity('cohort_mentor')
@Index('cohort_mentor_user_idx', ['userId'])
export class CohortMentorEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid', primaryKeyConstraintName: 'cohort_mentor_pkey' })
  cohortId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'cohort_mentor_pkey' })
  userId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'cohort_mentor_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'cohort_mentor_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ name: 'is_lead', type: 'boolean', default: false })
  isLead!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
