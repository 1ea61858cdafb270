import { registerEnumType } from '@nestjs/graphql';
import { Cadence, ChapterRole, Role } from '@gantry/shared';
import { CohortStatus } from '../cohorts/cohort.entity';
import { SessionStatus } from '../cohorts/cohort-session.entity';
import { EnrollmentSource, EnrollmentStatus } from '../enrollment/enrollment.entity';
import { AnnouncementKind } from '../announcements/announcement.entity';

/** GraphQL enum names equal their values (STUDENT, not Student). */
export function byValue<T extends Record<string, string>>(e: T): { [K in T[keyof T]]: K } {
  return Object.fromEntries(Object.values(e).map((v) => [v, v])) as { [K in T[keyof T]]: K };
}

export const RoleEnum = byValue(Role);
export const ChapterRoleEnum = byValue(ChapterRole);
export const CohortStatusEnum = byValue(CohortStatus);
export const CadenceEnum = byValue(Cadence);
export const SessionStatusEnum = byValue(SessionStatus);
export const EnrollmentStatusEnum = byValue(EnrollmentStatus);
export const EnrollmentSourceEnum = byValue(EnrollmentSource);
export const AnnouncementKindEnum = byValue(AnnouncementKind);
export const JoinStateEnum = byValue({ NotYet: 'NOT_YET', Open: 'OPEN', Ended: 'ENDED' } as const);

registerEnumType(RoleEnum, { name: 'Role', description: 'A role a user holds somewhere on the platform.' });
registerEnumType(ChapterRoleEnum, { name: 'ChapterRole', description: 'A role held inside one chapter.' });
registerEnumType(CohortStatusEnum, { name: 'CohortStatus', description: 'DRAFT → OPEN → RUNNING → COMPLETED, or CANCELLED.' });
registerEnumType(CadenceEnum, { name: 'Cadence' });
registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });
registerEnumType(EnrollmentStatusEnum, { name: 'EnrollmentStatus' });
registerEnumType(EnrollmentSourceEnum, { name: 'EnrollmentSource' });
registerEnumType(AnnouncementKindEnum, { name: 'AnnouncementKind' });
registerEnumType(JoinStateEnum, { name: 'JoinState', description: 'Whether the Join button is live: from 15 minutes before the start to the end.' });

export { ChapterRole, Role };
