import { Module } from '@nestjs/common';
import { ClosedBookModule } from '../practice/closed-book.module';
import { MaterialsService } from './materials.service';
import { MaterialsResolver } from './materials.resolver';

@Module({
  imports: [ClosedBookModule],
  providers: [MaterialsService, MaterialsResolver],
  exports: [MaterialsService],
})
export class MaterialsModule {}
