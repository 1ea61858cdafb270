import { registerEnumType } from '@nestjs/graphql';
import { ChapterRole, Role } from '@gantry/shared';

registerEnumType(Role, { name: 'Role', description: 'A role a user holds somewhere on the platform.' });
registerEnumType(ChapterRole, { name: 'ChapterRole', description: 'A role held inside one chapter.' });

export { ChapterRole, Role };
