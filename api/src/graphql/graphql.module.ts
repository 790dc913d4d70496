import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { formatGraphqlError } from './format-graphql-error';
import type { GraphqlContext } from './graphql-context';
import { queryLimitsPlugin } from './query-limits.plugin';
import { DateTimeScalar } from './scalars/date-time.scalar';

export const GRAPHQL_PATH = '/graphql';

/**
 * Code-first GraphQL at /graphql. The schema is built in memory (sorted) at start; `npm run schema` writes it
 * to api/schema.graphql. No landing page (it would load scripts from a CDN); Apollo's CSRF prevention stays on,
 * which with the SameSite session cookie keeps other sites from posting operations as a signed-in user.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => ({
        path: GRAPHQL_PATH,
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        graphiql: false,
        introspection: true,
        csrfPrevention: true,
        includeStacktraceInErrorResponses: false,
        autoTransformHttpErrors: false,
        buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
        context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
        formatError: formatGraphqlError,
        plugins: [queryLimitsPlugin(config.graphql)],
      }),
    }),
  ],
})
export class ApiGraphqlModule {}
