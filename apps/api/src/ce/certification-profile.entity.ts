import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { DegreeKind } from '@gantry/shared';
import { UserEntity } from '../accounts/user.entity';
import { localDateColumn, numericColumn } from './columns';

/** A user's CRES facts: when they were certified, and the eligibility inputs. One row per user. */
@Entity('certification_profile')
@Check('certification_profile_degree_check', `degree IN ('BMET_ASSOCIATE', 'MILITARY_BMET', 'ELECTRONICS_ASSOCIATE', 'NONE')`)
@Check('certification_profile_bmet_years_check', 'bmet_years >= 0')
@Check('certification_profile_imaging_percent_check', 'imaging_percent BETWEEN 0 AND 100')
export class CertificationProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'certification_profile_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ name: 'certified_on', type: 'date', nullable: true, transformer: localDateColumn })
  certifiedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  degree!: DegreeKind | null;

  @Column({ name: 'bmet_years', type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericColumn })
  bmetYears!: number | null;

  @Column({ name: 'experience_as_of', type: 'date', nullable: true, transformer: localDateColumn })
  experienceAsOf!: string | null;

  @Column({ name: 'imaging_percent', type: 'integer', nullable: true })
  imagingPercent!: number | null;

  /** Kept in step with degree = MILITARY_BMET (the DESIGN sketch's flag). */
  @Column({ name: 'military_bmet', type: 'boolean', default: false })
  militaryBmet!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
