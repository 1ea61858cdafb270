import { Foundation1795300000000 } from './1795300000000-Foundation';
import { Cohorts1795400000000 } from './1795400000000-Cohorts';
import { Materials1795500000000 } from './1795500000000-Materials';

/** Every migration, in order. Append only. */
export const migrations = [Foundation1795300000000, Cohorts1795400000000, Materials1795500000000];
