/**
 * The import job's heap cap, in MB (Node's `--max-old-space-size`). The job's
 * live data is bounded — a batch of rows, the block cache, the file's CINs and
 * people seen so far: about 60 MB at 100,000 rows — but left to itself V8
 * lets the old space grow toward the function's memory before it collects,
 * and a 100,000-row import then held over 400 MB. Capped, it collects as it
 * goes. The import function runs with it (stacks/Imports.ts), and so does the
 * bench's import (bench/import-worker.ts), so the peak it reports is the
 * function's.
 */
export const IMPORT_HEAP_MB = 192;
export const importNodeOptions = `--max-old-space-size=${IMPORT_HEAP_MB}`;
