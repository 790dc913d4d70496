import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Injectable } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Server } from 'node:http';
import type { Request, Response } from 'express';
import { apolloExpressMiddleware } from './apollo-express.middleware';

type ServerOptions = ConstructorParameters<typeof ApolloServer<BaseContext>>[0];

/**
 * Nest's Apollo driver, serving Express through our own small adapter instead of `@as-integrations/express5`
 * (not installed), and on the Apollo Server 5 this package depends on. Everything else — schema building,
 * plugins, context, shutdown — stays Nest's.
 */
@Injectable()
export class ApolloExpressDriver extends ApolloDriver {
  protected override async registerExpress(
    options: ApolloDriverConfig,
    { preStartHook }: { preStartHook?: () => void } = {},
  ): Promise<void> {
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    const app = httpAdapter.getInstance<{ use: (path: string, handler: unknown) => void }>();
    preStartHook?.();
    const serverOptions = options as unknown as ServerOptions;
    const server = new ApolloServer<BaseContext>({
      ...serverOptions,
      plugins: [
        ...(serverOptions.plugins ?? []),
        ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() as Server }),
      ],
    });
    await server.start();
    const context = options.context as (args: { req: Request; res: Response }) => Promise<BaseContext>;
    app.use(
      options.path ?? '/graphql',
      apolloExpressMiddleware(server, async (args) => (await context(args)) ?? {}),
    );
    // The base driver stops this server on shutdown; its declared type is the other Apollo copy's.
    (this as unknown as { apolloServer: ApolloServer<BaseContext> }).apolloServer = server;
  }
}
