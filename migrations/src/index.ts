import { Foundation1795300000000 } from './1795300000000-Foundation';
import { Cohorts1795400000000 } from './1795400000000-Cohorts';
import { Materials1795500000000 } from './1795500000000-Materials';
import { Taxonomy1795600000000 } from './1795600000000-Taxonomy';
import { Homework1795700000000 } from './1795700000000-Homework';
import { HomeworkLatePolicyLength1795710000000 } from './1795710000000-HomeworkLatePolicyLength';
import { Attendance1795800000000 } from './1795800000000-Attendance';
import { ZoomImport1795810000000 } from './1795810000000-ZoomImport';
import { ContinuingEducation1795820000000 } from './1795820000000-ContinuingEducation';
import { QuestionBank1795900000000 } from './1795900000000-QuestionBank';
import { Practice1795910000000 } from './1795910000000-Practice';

/** Every migration, in order. Append only. */
export const migrations = [Foundation1795300000000, Cohorts1795400000000, Materials1795500000000, Taxonomy1795600000000, Homework1795700000000, HomeworkLatePolicyLength1795710000000, Attendance1795800000000, ZoomImport1795810000000, ContinuingEducation1795820000000, QuestionBank1795900000000, Practice1795910000000];
