import { Module } from '@nestjs/common';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { MaterialsModule } from '../materials/materials.module';
import { AgendasService } from './agendas.service';
import { AgendasResolver, CohortAgendaResolver, SessionAgendaResolver } from './agendas.resolver';

@Module({
  imports: [CohortAccessModule, MaterialsModule],
  providers: [AgendasService, AgendasResolver, SessionAgendaResolver, CohortAgendaResolver],
  exports: [AgendasService],
})
export class AgendasModule {}
