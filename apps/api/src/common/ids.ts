import { z } from 'zod';

const uuid = z.uuid();

/** A uuid no row has: what a malformed id is looked up as, so it is simply "not found". */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The id if it is a uuid, else NO_ID — a lookup by a malformed id finds nothing instead of failing in SQL. */
export function idOrNone(id: string): string {
  return uuid.safeParse(id).success ? id : NO_ID;
}
