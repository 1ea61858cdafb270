import { Module } from '@nestjs/common';
import { MaterialsService } from './materials.service';
import { MaterialsResolver } from './materials.resolver';

@Module({
  providers: [MaterialsService, MaterialsResolver],
  exports: [MaterialsService],
})
export class MaterialsModule {}
