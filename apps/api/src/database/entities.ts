import { PasswordResetEntity } from '../accounts/password-reset.entity';
import { SessionEntity } from '../accounts/session.entity';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { InvitationEntity } from '../chapters/invitation.entity';
import { MembershipEntity } from '../chapters/membership.entity';
import { OutboxEntity } from '../mail/outbox.entity';
import { ModalityEntity } from '../modalities/modality.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { CohortMentorEntity } from '../cohorts/cohort-mentor.entity';
import { CohortModalityEntity } from '../cohorts/cohort-modality.entity';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { CohortTemplateEntity } from '../cohorts/cohort-template.entity';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { AnnouncementEntity } from '../announcements/announcement.entity';
import { SessionReminderEntity } from '../calendar/session-reminder.entity';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity';
import { ExamDomainEntity } from '../materials/exam-domain.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { MaterialDomainEntity, MaterialEntity, MaterialModalityEntity, MaterialVersionEntity } from '../materials/material.entity';
import { AgendaItemEntity, MaterialProgressEntity } from '../agendas/agenda-item.entity';
import { AssignmentEntity, AssignmentExtensionEntity, AssignmentReminderEntity } from '../homework/assignment.entity';
import { SubmissionDraftFileEntity, SubmissionEntity, SubmissionFileEntity, SubmissionVersionEntity } from '../homework/submission.entity';
import { AttendanceChangeEntity, AttendanceRecordEntity } from '../attendance/attendance.entity';
import { ZoomImportEntity } from '../attendance/zoom/zoom-import.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CeEntryEntity } from '../ce/ce-entry.entity';
import { CertificationProfileEntity } from '../ce/certification-profile.entity';
import { CredentialRuleEditionEntity } from '../ce/credential-rule-edition.entity';
import { QuestionEntity, QuestionOptionEntity } from '../questions/question.entity';
import { ExamBlueprintEntity } from '../practice/exam-blueprint.entity';
import { QuizEntity } from '../practice/quiz.entity';
import { AttemptEntity, AttemptItemEntity } from '../practice/attempt.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  ChapterEntity,
  MembershipEntity,
  InvitationEntity,
  OutboxEntity,
  ModalityEntity,
  CohortEntity,
  CohortMentorEntity,
  CohortModalityEntity,
  CohortSessionEntity,
  CohortTemplateEntity,
  EnrollmentEntity,
  AnnouncementEntity,
  SessionReminderEntity,
  CalendarFeedEntity,
  ExamDomainEntity,
  StoredFileEntity,
  MaterialEntity,
  MaterialVersionEntity,
  MaterialModalityEntity,
  MaterialDomainEntity,
  AgendaItemEntity,
  MaterialProgressEntity,
  AssignmentEntity,
  AssignmentExtensionEntity,
  AssignmentReminderEntity,
  SubmissionEntity,
  SubmissionVersionEntity,
  SubmissionDraftFileEntity,
  SubmissionFileEntity,
  AttendanceRecordEntity,
  AttendanceChangeEntity,
  ZoomImportEntity,
  CredentialRuleEditionEntity,
  CertificateEntity,
  CeEntryEntity,
  CertificationProfileEntity,
  QuestionEntity,
  QuestionOptionEntity,
  ExamBlueprintEntity,
  QuizEntity,
  AttemptEntity,
  AttemptItemEntity,
];
