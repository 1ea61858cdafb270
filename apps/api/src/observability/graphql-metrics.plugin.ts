import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from './metrics.service';

/** Counts and times every GraphQL operation by its name (anonymous ones as "anonymous"). */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = process.hrtime.bigint();
      return {
        async willSendResponse(ctx) {
          const operation = (ctx.operationName ?? ctx.operation?.name?.value ?? 'anonymous').slice(0, 64);
          const type = ctx.operation?.operation ?? 'invalid';
          const outcome = ctx.errors?.length ? 'error' : 'ok';
          const seconds = Number(process.hrtime.bigint() - end) / 1e9;
          metrics.graphqlOperations.inc({ operation, type, outcome });
          metrics.graphqlDuration.observe({ operation, type }, seconds);
        },
      };
    },
  };
}
