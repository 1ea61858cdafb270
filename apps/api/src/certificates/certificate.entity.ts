import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { localDateColumn, numericColumn } from '../ce/columns';

/**
 * A certificate of attendance: what it says is a snapshot taken when it was issued (names,
 * dates, hours), so later edits to the cohort or the student never change an issued
 * certificate. At most one active (not revoked) certificate per student and cohort.
 */
@Entity('certificate')
@Index('certificate_code_key', ['code'], { unique: true })
@Index('certificate_active_key', ['cohortId', 'userId'], { unique: true, where: 'revoked_at IS NULL' })
@Index('certificate_user_idx', ['userId'])
@Index('certificate_replaces_idx', ['replacesId'])
@Check('certificate_minutes_check', 'minutes >= 0')
@Check('certificate_revoked_check', '(revoked_at IS NULL) = (revoke_reason IS NULL)')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** e.g. GNT-7K3M-Q9TX-4HWR (three groups of four Crockford base32 characters), stored upper case. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'certificate_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'certificate_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericColumn })
  hours!: number;

  @Column({ name: 'student_name', type: 'text' })
  studentName!: string;

  @Column({ name: 'cohort_name', type: 'text' })
  cohortName!: string;

  @Column({ name: 'chapter_name', type: 'text' })
  chapterName!: string;

  @Column({ name: 'mentor_names', type: 'jsonb', default: () => `'[]'` })
  mentorNames!: string[];

  @Column({ name: 'first_session_on', type: 'date', transformer: localDateColumn })
  firstSessionOn!: string;

  @Column({ name: 'last_session_on', type: 'date', transformer: localDateColumn })
  lastSessionOn!: string;

  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' })
  issuedAt!: Date;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by', foreignKeyConstraintName: 'certificate_issued_by_fkey' })
  issuer?: Relation<UserEntity>;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'certificate_revoked_by_fkey' })
  revoker?: Relation<UserEntity>;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;

  /** The certificate this one replaced (a reissue). */
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId!: string | null;

  @ManyToOne(() => CertificateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaces_id', foreignKeyConstraintName: 'certificate_replaces_id_fkey' })
  replaces?: Relation<CertificateEntity>;
}
