import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow } from '../../common/auth/policy.decorator';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../common/auth/viewer';
import { toAttendanceRecord, toAttendanceStudent } from '../attendance.model';
import { ApplyZoomImportInput, PreviewZoomImportInput } from './dto/zoom-import.inputs';
import { ZoomImportPreviewModel, ZoomImportResultModel, type ZoomParticipantModel } from './zoom-import.model';
import { ZoomImportService, type ZoomPreviewData } from './zoom-import.service';
import type { ParsedParticipant } from './zoom-report.parser';

function toParticipant(p: ParsedParticipant): ZoomParticipantModel {
  return {
    key: p.key,
    name: p.name,
    originalName: p.originalName,
    email: p.email,
    firstJoin: p.firstJoin ? new Date(p.firstJoin) : null,
    lastLeave: p.lastLeave ? new Date(p.lastLeave) : null,
    minutes: p.minutes,
    rows: p.rows,
    guest: p.guest,
  };
}

/** Only the cohort's managers reach these (the service checks the cohort), so students' emails are shown. */
function toPreview(d: ZoomPreviewData): ZoomImportPreviewModel {
  return {
    id: d.import.id,
    sessionId: d.import.sessionId,
    filename: d.import.filename,
    zone: d.import.zone,
    alreadyApplied: d.alreadyApplied,
    appliedAt: d.import.appliedAt,
    matched: d.matched.map((x) => ({
      participant: toParticipant(x.participant),
      student: toAttendanceStudent(x.student, true),
      kind: x.kind,
      proposedStatus: x.proposedStatus,
      proposedMinutes: x.proposedMinutes,
      current: x.current ? toAttendanceRecord(x.current) : null,
    })),
    unmatched: d.unmatched.map(toParticipant),
    absent: d.absent.map((s) => toAttendanceStudent(s, true)),
    warnings: d.warnings,
  };
}

@Resolver()
export class ZoomImportResolver {
  constructor(private readonly imports: ZoomImportService) {}

  @Allow(Permission.ManageCohort)
  @Mutation(() => ZoomImportPreviewModel, {
    description:
      'Read a Zoom participants report for a session and propose each enrolled student’s attendance (nothing is written to records). ' +
      'The same file again returns the same import. BAD_USER_INPUT naming the line for a malformed file.',
  })
  async previewZoomImport(@CurrentViewer() viewer: Viewer, @Args('input') input: PreviewZoomImportInput): Promise<ZoomImportPreviewModel> {
    return toPreview(await this.imports.preview(viewer, input));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => ZoomImportResultModel, {
    description: 'Write a previewed import’s proposals (with manual matches) to the records, in one transaction; EXCUSED records are kept. Applying again changes nothing.',
  })
  async applyZoomImport(@CurrentViewer() viewer: Viewer, @Args('input') input: ApplyZoomImportInput): Promise<ZoomImportResultModel> {
    const r = await this.imports.apply(viewer, input);
    return { preview: toPreview(r.preview), changed: r.changed, unchanged: r.unchanged };
  }
}
