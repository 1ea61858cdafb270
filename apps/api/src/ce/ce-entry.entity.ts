import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { localDateColumn, numericColumn } from './columns';

/** Continuing-education hours a certificant logs from elsewhere (Gantry's own come from certificates). */
@Entity('ce_entry')
@Index('ce_entry_user_idx', ['userId', 'completedOn'])
@Check('ce_entry_hours_check', 'hours > 0 AND hours <= 100')
export class CeEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'ce_entry_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ name: 'completed_on', type: 'date', transformer: localDateColumn })
  completedOn!: string;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericColumn })
  hours!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Optimistic lock: updates name the version they started from. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
