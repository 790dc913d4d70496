// Preloaded by tools/start.mjs into the processes it starts in their own process group: when the launcher is gone
// (even killed with SIGKILL) the stdin pipe it holds closes, and the process stops gracefully instead of running on
// as an orphan that keeps the port and the data directory. The pipe is unref'd: it never keeps a process alive.
const stop = () => process.kill(process.pid, 'SIGTERM');
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.stdin.unref?.();
