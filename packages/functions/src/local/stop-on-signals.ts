/**
 * How `npm start` ends: on Ctrl+C (SIGINT), `kill <pid>` (SIGTERM, what systemd,
 * docker and process managers send), a closed terminal (SIGHUP), or when the
 * process that started it is gone — npm hands SIGTERM to its shell only, and the
 * shell dies without passing it on. `close` gets `graceMs`; then the process exits
 * anyway, taking the engine with it (see dynamodb-local.ts).
 */
export function stopOnSignals(
  close: () => Promise<void>,
  options: { graceMs?: number; log?: (line: string) => void } = {},
) {
  const log = options.log ?? ((line: string) => console.log(line));
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${why}: stopping…`);
    const forced = setTimeout(() => {
      log("Not stopped in time: ending now.");
      process.exit(1);
    }, options.graceMs ?? 4000);
    forced.unref();
    try {
      await close();
      log("Stopped.");
      process.exit(0);
    } catch (error) {
      log(`Stopped with an error: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop("the process that started this one ended"), 200).unref();
}
