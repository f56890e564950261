import { spawn } from "node:child_process";

/**
 * Runs a bench worker in its own Node process (a second process, as a real client is, with Node's `flags`)
 * and returns its JSON line.
 */
export function runWorker<T>(script: string, job: unknown, flags: string[] = []): Promise<T> {
  // A worker takes one JSON argument, or a list of command-line arguments.
  const args = Array.isArray(job) ? job.map(String) : [JSON.stringify(job)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, "--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code === 0) resolve(JSON.parse(last) as T);
      else reject(new Error(`${script} exited ${code}: ${out}`));
    });
  });
}

/** The one JSON argument `runWorker` gives a worker, read in the worker. */
export function workerArgument(): string {
  const job = process.argv[2];
  if (job === undefined) throw new Error(`${process.argv[1]} takes its job as one JSON argument`);
  return job;
}

/** Samples this process's resident memory while `work` runs. */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
