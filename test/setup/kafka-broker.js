'use strict';
// Starts and stops the test run's Kafka broker through tools/kafka/start.sh and stop.sh (plain CommonJS: Jest
// loads global setup/teardown without the swc transform).
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const toolsDir = path.resolve(__dirname, '../../tools/kafka');
// First run resolves ~45 MB of jars from Maven Central; later starts take a few seconds.
const START_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Starts a broker owned by this process: if the process dies without calling stopKafka, the script's watchdog
 * stops the broker within a second or two.
 * @returns {Promise<{ brokers: string, dir: string, pid: number, version: string }>}
 */
function startKafka() {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(toolsDir, 'start.sh'), '--owner-pid', String(process.pid)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), START_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const out = Object.fromEntries(
        stdout
          .split('\n')
          .map((line) => line.match(/^(KAFKA_[A-Z_]+)=(.*)$/))
          .filter(Boolean)
          .map((m) => [m[1], m[2]]),
      );
      if (code !== 0 || !out.KAFKA_BROKERS || !out.KAFKA_DIR) {
        const why = signal ? `was stopped by ${signal}` : `exited with ${code}`;
        reject(new Error(`tools/kafka/start.sh ${why}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
        return;
      }
      resolve({
        brokers: out.KAFKA_BROKERS,
        dir: out.KAFKA_DIR,
        pid: Number(out.KAFKA_PID),
        version: out.KAFKA_VERSION,
      });
    });
  });
}

/** Stops the broker and removes its dir; synchronous so it can also run from a process 'exit' handler. */
function stopKafka(dir) {
  const result = spawnSync('bash', [path.join(toolsDir, 'stop.sh'), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`tools/kafka/stop.sh ${dir} exited with ${result.status ?? result.signal}`);
}

module.exports = { startKafka, stopKafka };
