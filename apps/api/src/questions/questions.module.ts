import { Module } from '@nestjs/common';
import { QuestionsService } from './questions.service';
import { QuestionImportService } from './question-import.service';
import { QuestionsResolver } from './questions.resolver';
import { QuestionsExportController } from './questions-export.controller';
import { ClosedBookModule } from '../practice/closed-book.module';

@Module({
  imports: [ClosedBookModule],
  controllers: [QuestionsExportController],
  providers: [QuestionsService, QuestionImportService, QuestionsResolver],
  exports: [QuestionsService],
})
export class QuestionsModule {}
