import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateProfileSchema } from '@gantry/shared';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { MembershipEntity } from '../chapters/membership.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class AccountsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async profile(viewer: Viewer): Promise<{ user: UserEntity; memberships: MembershipEntity[] }> {
    const [user, memberships] = await Promise.all([
      this.db.getRepository(UserEntity).findOneBy({ id: viewer.userId }),
      this.db.getRepository(MembershipEntity).find({ where: { userId: viewer.userId }, order: { createdAt: 'ASC' } }),
    ]);
    if (!user) throw AppError.unauthenticated();
    return { user, memberships };
  }

  async updateProfile(viewer: Viewer, input: { expectedVersion: number } & Record<string, unknown>): Promise<UserEntity> {
    const data = parseInput(updateProfileSchema, input);
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw AppError.unauthenticated();
      if (user.version !== input.expectedVersion) {
        throw AppError.conflict('Your profile was changed in another window. Reload to see the latest, then save again.');
      }
      user.displayName = data.displayName;
      user.timeZone = data.timeZone;
      return m.save(user);
    });
  }
}
