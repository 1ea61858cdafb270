import { registerEnumType } from '@nestjs/graphql';
import { ChapterRole, Role } from '@gantry/shared';

/** GraphQL enum names equal their values (STUDENT, not Student). */
function byValue<T extends Record<string, string>>(e: T): { [K in T[keyof T]]: K } {
  return Object.fromEntries(Object.values(e).map((v) => [v, v])) as { [K in T[keyof T]]: K };
}

export const RoleEnum = byValue(Role);
export const ChapterRoleEnum = byValue(ChapterRole);
registerEnumType(RoleEnum, { name: 'Role', description: 'A role a user holds somewhere on the platform.' });
registerEnumType(ChapterRoleEnum, { name: 'ChapterRole', description: 'A role held inside one chapter.' });

export { ChapterRole, Role };
