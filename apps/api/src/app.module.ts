import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ObservabilityModule } from './observability/observability.module';
import { MetricsService } from './observability/metrics.service';
import { HttpMetricsMiddleware } from './observability/http-metrics.middleware';
import { loggingOptions } from './observability/logging';
import { PolicyGuard } from './common/auth/policy.guard';
import { AppExceptionFilter } from './common/errors/http-exception.filter';
import { MailModule } from './mail/mail.module';
import { SecurityModule } from './common/security/security.module';
import { PubSubModule } from './common/pubsub/pubsub.module';
import { AuthService } from './accounts/auth.service';
import { SessionCookie } from './accounts/session-cookie';
import { AccountsModule } from './accounts/accounts.module';
import { ViewerMiddleware } from './accounts/viewer.middleware';
import { ChaptersModule } from './chapters/chapters.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { EnrollmentModule } from './enrollment/enrollment.module';
import { AnnouncementsModule } from './announcements/announcements.module';
import { CalendarModule } from './calendar/calendar.module';
import { MaterialsModule } from './materials/materials.module';
import { AgendasModule } from './agendas/agendas.module';
import { HomeworkModule } from './homework/homework.module';
import { AttendanceModule } from './attendance/attendance.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CeModule } from './ce/ce.module';
import { FilesModule } from './files/files.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { LoadersModule } from './graphql/loaders.module';
import { QuestionsModule } from './questions/questions.module';
import { PracticeModule } from './practice/practice.module';
import { ReadinessModule } from './readiness/readiness.module';
import { LoadersFactory } from './graphql/loaders';
import { graphqlOptions } from './graphql/graphql.config';
import './common/graphql-enums';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggingOptions(config)),
        DatabaseModule.forRoot({
          url: config.database.url,
          dataDir: config.dataDir,
          poolSize: config.database.poolSize,
        }),
        ObservabilityModule,
        SecurityModule,
        PubSubModule,
        MailModule,
        AccountsModule,
        ChaptersModule,
        CohortsModule,
        EnrollmentModule,
        AnnouncementsModule,
        CalendarModule,
        MaterialsModule,
        AgendasModule,
        HomeworkModule,
        AttendanceModule,
        CertificatesModule,
        CeModule,
        TaxonomyModule,
        QuestionsModule,
        PracticeModule,
        ReadinessModule,
        FilesModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule, AccountsModule],
          inject: [APP_CONFIG, MetricsService, LoadersFactory, AuthService, SessionCookie],
          useFactory: graphqlOptions,
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware, ViewerMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
