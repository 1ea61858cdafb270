import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { EligibilityPath } from '@gantry/shared';
import { UserEntity } from '../accounts/user.entity';
import { localDateColumn } from './columns';

/** The numbers of an edition (everything but its name, date and provisional flag). */
export interface CredentialRuleNumbers {
  cycleYears: number;
  requiredUnits: number;
  unitsPerContactHour: number;
  minImagingPercent: number;
  candidateYears: number;
  paths: EligibilityPath[];
}

/**
 * One edition of the CRES rules (DESIGN.md): the edition whose effective date is the latest
 * on or before a day applies on that day. Editions are only ever inserted; publishing a new
 * one never rewrites an old one.
 */
@Entity('credential_rule_edition')
@Index('credential_rule_edition_edition_key', ['edition'], { unique: true })
@Index('credential_rule_edition_effective_key', ['effectiveFrom'], { unique: true })
export class CredentialRuleEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  edition!: string;

  @Column({ name: 'effective_from', type: 'date', transformer: localDateColumn })
  effectiveFrom!: string;

  @Column({ type: 'jsonb' })
  rules!: CredentialRuleNumbers;

  @Column({ type: 'boolean', default: false })
  provisional!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'credential_rule_edition_created_by_fkey' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
