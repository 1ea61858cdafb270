import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { FILE_STORAGE } from './file-storage';
import { createFileStorage, FilesService } from './files.service';
import { FilesController } from './files.controller';
import { FilesResolver } from './files.resolver';
import { FileCleanupScheduler } from './file-cleanup.scheduler';

@Module({
  controllers: [FilesController],
  providers: [
    { provide: FILE_STORAGE, useFactory: (config: AppConfig) => createFileStorage(config), inject: [APP_CONFIG] },
    FilesService,
    FilesResolver,
    FileCleanupScheduler,
  ],
  exports: [FilesService],
})
export class FilesModule {}
