import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@gantry/shared';

export const POLICY_KEY = 'gantry:policy';

export type Policy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission };

/**
 * Every query, mutation, field resolver and HTTP route declares one of these; the
 * global PolicyGuard denies anything without one, and a test walks the schema to
 * prove none is missing.
 */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);
/** Any signed-in user; record-level checks happen in the service. */
export const Authenticated = () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies Policy);
/** A signed-in user whose roles grant the permission (shared map in @gantry/shared). */
export const Allow = (permission: Permission) => SetMetadata(POLICY_KEY, { kind: 'permission', permission } satisfies Policy);
