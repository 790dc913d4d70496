#!/usr/bin/env node
import { SimulatorError } from '../simulator';
import { DemoSeedError } from './demo-seed-error';
import { DemoSeeder } from './demo-seeder';
import { GraphQLClient } from './graphql-client';
import { parseSeedDemoArgs, SEED_DEMO_USAGE } from './seed-demo-args';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${SEED_DEMO_USAGE}\n`);
    return;
  }
  const args = parseSeedDemoArgs(argv, process.env, Date.now());
  const seeder = new DemoSeeder(new GraphQLClient(args.url), args.url);
  const summary = await seeder.seed({
    ...args,
    progress: {
      stream: process.stderr,
      mode: args.progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'lines') : args.progress,
    },
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof DemoSeedError) {
    process.stderr.write(`\nseed-demo: ${error.code}: ${error.message}\n`);
    if (error.code === 'DEMO_BAD_ARGUMENTS') process.stderr.write(`${SEED_DEMO_USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof SimulatorError) {
    process.stderr.write(`\nseed-demo: ${error.code}: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`\nseed-demo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
});
