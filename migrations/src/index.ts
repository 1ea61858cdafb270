import { Foundation1795300000000 } from './1795300000000-Foundation';

/** Every migration, in order. Append only. */
export const migrations = [Foundation1795300000000];
