import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttemptKind } from '@gantry/shared';
import { PageInfo } from '../common/pagination/pagination';
import { ExamDomainModel } from '../materials/material.model';
import { ModalityModel } from '../cohorts/cohort.model';
import { AttendanceStudentModel, toAttendanceStudent } from '../attendance/attendance.model';
import { AttemptKindEnum } from '../practice/practice.model';
import { CohortStatusEnum } from '../common/graphql-enums';
import type { CohortStatus } from '../cohorts/cohort.entity';
import type { Cell } from './readiness-math';
import type { ChapterReadinessView, CohortReadinessView, CohortSummaryView, DomainRow, ModalityRow, ReadinessView, StudyLink, TrendRow } from './readiness.service';

@ObjectType('ReadinessCell', { description: 'Scored answers in one exam domain: unanswered items of a submitted attempt count as wrong.' })
export class ReadinessCellModel {
  @Field(() => ExamDomainModel) domain!: ExamDomainModel;
  @Field(() => Int) correct!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int, { nullable: true, description: 'Whole percent; null when there is nothing to score (total 0).' }) percent!: number | null;
}

@ObjectType('ModalityReadiness')
export class ModalityReadinessModel {
  @Field(() => ModalityModel, { nullable: true, description: 'Null: general questions (not tied to one modality).' }) modality!: ModalityModel | null;
  @Field(() => Int) correct!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int, { nullable: true }) percent!: number | null;
}

@ObjectType('TrendPoint', { description: 'One submitted attempt.' })
export class TrendPointModel {
  @Field(() => ID) attemptId!: string;
  @Field({ description: 'When it was submitted.' }) at!: Date;
  @Field(() => AttemptKindEnum) kind!: AttemptKind;
  @Field(() => Int) percent!: number;
  @Field(() => Int) correct!: number;
  @Field(() => Int) total!: number;
  @Field() title!: string;
}

@ObjectType('StudyLink', { description: 'A library item to study: a released agenda item (open it at /agenda/:agendaItemId), or only a title.' })
export class StudyLinkModel {
  @Field(() => ID) materialId!: string;
  @Field() title!: string;
  @Field(() => ID, { nullable: true, description: 'The released agenda item that opens it; null: a library title the student cannot open (ask a mentor).' })
  agendaItemId!: string | null;
}

@ObjectType('StudyNextItem')
export class StudyNextItemModel {
  @Field(() => ExamDomainModel) domain!: ExamDomainModel;
  @Field(() => Int, { nullable: true }) percent!: number | null;
  @Field(() => Int) correct!: number;
  @Field(() => Int) total!: number;
  @Field(() => [StudyLinkModel], {
    description: 'Up to 3 items: released agenda items of your cohorts tagged with the domain, or, when none is released, library titles (agendaItemId null). Empty during a mock exam.',
  })
  links!: StudyLinkModel[];
  /** Resolved to `materials` (the released items only). */
  materialIds!: string[];
}

@ObjectType('Readiness')
export class ReadinessModel {
  @Field(() => [ReadinessCellModel], { description: 'Every active exam domain, in the outline’s order.' }) byDomain!: ReadinessCellModel[];
  @Field(() => [ModalityReadinessModel], { description: 'Every active modality, then general questions (modality null).' }) byModality!: ModalityReadinessModel[];
  @Field(() => [TrendPointModel], { description: 'The last 20 submitted attempts, oldest first.' }) trend!: TrendPointModel[];
  @Field(() => [StudyNextItemModel], { description: 'The three weakest domains with answers (lowest percent; ties: fewer answers).' }) studyNext!: StudyNextItemModel[];
  @Field(() => Int, { description: 'Scored answers (items of submitted attempts, blanks included).' }) answered!: number;
  @Field(() => Int, { description: 'Active domains with at least 5 scored answers.' }) coveredDomains!: number;
  @Field(() => Int, { description: 'coveredDomains as a whole percent of the active domains.' }) coveragePercent!: number;
}

@ObjectType('HeatmapRow')
export class HeatmapRowModel {
  @Field(() => AttendanceStudentModel) student!: AttendanceStudentModel;
  @Field(() => [ReadinessCellModel], { description: 'One per domain of `domains`, same order.' }) cells!: ReadinessCellModel[];
  @Field(() => Int) answered!: number;
}

@ObjectType('CohortReadiness')
export class CohortReadinessModel {
  @Field(() => [ExamDomainModel]) domains!: ExamDomainModel[];
  @Field(() => [HeatmapRowModel], { description: 'Enrolled students by name (this page).' }) rows!: HeatmapRowModel[];
  @Field(() => [ReadinessCellModel], { description: 'The whole cohort (every enrolled student, not just this page).' }) cohortCells!: ReadinessCellModel[];
  @Field(() => [ReadinessCellModel], { description: 'The three weakest cohort cells with answers.' }) weakest!: ReadinessCellModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Enrolled students.' }) totalCount!: number;
}

@ObjectType('CohortReadinessSummary')
export class CohortReadinessSummaryModel {
  @Field(() => ID) cohortId!: string;
  @Field() title!: string;
  @Field(() => CohortStatusEnum) status!: CohortStatus;
  @Field(() => Int, { description: 'Enrolled students.' }) students!: number;
  @Field(() => Int, { description: 'Enrolled students with at least one scored answer.' }) studentsWithData!: number;
  @Field(() => Int) answered!: number;
  @Field(() => [ReadinessCellModel]) cohortCells!: ReadinessCellModel[];
  @Field(() => [ReadinessCellModel]) weakest!: ReadinessCellModel[];
}

@ObjectType('ChapterReadiness')
export class ChapterReadinessModel {
  @Field(() => [ExamDomainModel]) domains!: ExamDomainModel[];
  @Field(() => [CohortReadinessSummaryModel], { description: 'The 50 most recently created cohorts (no drafts or cancelled ones).' })
  cohorts!: CohortReadinessSummaryModel[];
  @Field(() => Int, { description: 'All such cohorts (more than `cohorts` holds when over 50).' }) totalCohorts!: number;
}

// ---- mappers ----

const domainOf = (d: DomainRow): ExamDomainModel => ({ id: d.id, code: d.code, name: d.name, description: d.description });
const modalityOf = (m: ModalityRow | null): ModalityModel | null => (m ? { id: m.id, code: m.code, name: m.name } : null);

export const toCell = (c: Cell<DomainRow>): ReadinessCellModel => ({ domain: domainOf(c.key), correct: c.correct, total: c.total, percent: c.percent });

const toTrend = (t: TrendRow): TrendPointModel => ({ ...t });
const toLink = (l: StudyLink): StudyLinkModel => ({ ...l });

export function toReadiness(r: ReadinessView): ReadinessModel {
  return {
    byDomain: r.byDomain.map(toCell),
    byModality: r.byModality.map((c) => ({ modality: modalityOf(c.key), correct: c.correct, total: c.total, percent: c.percent })),
    trend: r.trend.map(toTrend),
    studyNext: r.studyNext.map((s) => ({
      domain: domainOf(s.cell.key),
      percent: s.cell.percent,
      correct: s.cell.correct,
      total: s.cell.total,
      links: s.links.map(toLink),
      materialIds: s.materialIds,
    })),
    answered: r.answered,
    coveredDomains: r.coveredDomains,
    coveragePercent: r.coveragePercent,
  };
}

export function toCohortReadiness(r: CohortReadinessView): CohortReadinessModel {
  return {
    domains: r.domains.map(domainOf),
    // Only the cohort's managers get here: they see their students' email, as on the roster.
    rows: r.page.nodes.map((row) => ({ student: toAttendanceStudent(row.student, true), cells: row.cells.map(toCell), answered: row.answered })),
    cohortCells: r.cohortCells.map(toCell),
    weakest: r.weakest.map(toCell),
    pageInfo: r.page.pageInfo,
    totalCount: r.page.totalCount,
  };
}

const toSummary = (c: CohortSummaryView): CohortReadinessSummaryModel => ({
  ...c,
  cohortCells: c.cohortCells.map(toCell),
  weakest: c.weakest.map(toCell),
});

export const toChapterReadiness = (r: ChapterReadinessView): ChapterReadinessModel => ({
  domains: r.domains.map(domainOf),
  cohorts: r.cohorts.map(toSummary),
  totalCohorts: r.totalCohorts,
});
