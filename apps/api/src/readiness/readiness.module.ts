import { Module } from '@nestjs/common';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { AgendasModule } from '../agendas/agendas.module';
import { ClosedBookModule } from '../practice/closed-book.module';
import { ReadinessResolver, StudyNextResolver } from './readiness.resolver';
import { ReadinessService } from './readiness.service';

/** The weak-area map (issue 7): read-only aggregates over attempts; owns no tables. */
@Module({
  imports: [CohortAccessModule, AgendasModule, ClosedBookModule],
  providers: [ReadinessService, ReadinessResolver, StudyNextResolver],
})
export class ReadinessModule {}
