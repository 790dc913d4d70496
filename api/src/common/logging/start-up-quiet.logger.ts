import { ConsoleLogger } from '@nestjs/common';

// Nest's own bootstrap chatter: one line per module and route, which buries the lines an operator needs.
const BOOTSTRAP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestFactory',
]);

/** Nest's console logger without the per-module and per-route start-up lines. */
export class StartUpQuietLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && BOOTSTRAP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
