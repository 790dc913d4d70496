#!/usr/bin/env node
import { parseCliArgs, USAGE } from './cli-args';
import { runSimulation } from './run-simulation';
import { SimulatorError } from './simulator-error';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = parseCliArgs(argv);
  const showProgress = config.progress || process.stderr.isTTY === true;
  const summary = await runSimulation(config, process.stderr, showProgress);
  // Quiet unless asked: stdout may be the NDJSON stream itself.
  if (showProgress) process.stderr.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SimulatorError) {
      process.stderr.write(`checkmark-simulate: ${error.code}: ${error.message}\n`);
      if (error.code === 'SIMULATOR_BAD_ARGUMENTS') process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `checkmark-simulate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
