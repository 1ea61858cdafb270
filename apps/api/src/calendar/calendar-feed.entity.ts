import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/**
 * A user's secret calendar feed. The token is kept (not only its hash) so the profile can
 * show the URL again; it grants read access to that user's session times only.
 */
@Entity('calendar_feed')
@Index('calendar_feed_token_key', ['token'], { unique: true })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'calendar_feed_pkey' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_feed_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
