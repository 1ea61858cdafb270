import { Module } from '@nestjs/common';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { AttendanceService } from './attendance.service';
import { AttendanceEvents } from './attendance-events';
import {
  AttendanceChangeResolver,
  AttendanceRecordResolver,
  AttendanceResolver,
  CohortAttendanceFieldsResolver,
  SessionAttendanceFieldsResolver,
} from './attendance.resolver';
import { AttendanceExportController } from './attendance-export.controller';
import { ZoomImportResolver } from './zoom/zoom-import.resolver';
import { ZoomImportService } from './zoom/zoom-import.service';

/**
 * Attendance (issue 6): check-in, mentors' overrides, the live roster (subscription),
 * the grid and contact hours, CSV exports. The Zoom import (attendance/zoom/) registers
 * its providers in the list below.
 */
@Module({
  imports: [CohortAccessModule],
  controllers: [AttendanceExportController],
  providers: [
    AttendanceService,
    AttendanceEvents,
    AttendanceResolver,
    AttendanceRecordResolver,
    AttendanceChangeResolver,
    CohortAttendanceFieldsResolver,
    SessionAttendanceFieldsResolver,
    ZoomImportService, ZoomImportResolver,
  ],
  exports: [AttendanceService],
})
export class AttendanceModule {}
