import type { EntityManager } from 'typeorm';

export interface CohortRecipient {
  userId: string;
  email: string;
  displayName: string;
  timeZone: string;
}

/** Everyone a cohort's mail goes to: its enrolled students and its mentors (optionally minus one, the sender). */
export async function cohortRecipients(m: EntityManager, cohortId: string, exceptUserId: string | null = null): Promise<CohortRecipient[]> {
  return m.query(
    `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.time_zone AS "timeZone"
       FROM app_user u
      WHERE u.id IN (SELECT user_id FROM enrollment WHERE cohort_id = $1 AND status = 'ENROLLED'
                     UNION SELECT user_id FROM cohort_mentor WHERE cohort_id = $1)
        AND ($2::uuid IS NULL OR u.id <> $2::uuid)`,
    [cohortId, exceptUserId],
  );
}
