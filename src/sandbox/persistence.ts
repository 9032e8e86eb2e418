import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../errors/index.js';
import { writeFileAtomicSync } from '../util/index.js';
import type { TenantSnapshot } from './store/index.js';

/** The data file: every tenant's data by tenant name. */
export interface DataFileContent {
  version: 1;
  tenants: Record<string, TenantSnapshot>;
}

const snapshotShape = z.object({
  users: z.array(z.object({ id: z.string(), email: z.string() }).passthrough()),
  groups: z.array(z.object({ id: z.string() }).passthrough()),
  courses: z.array(z.object({ id: z.string() }).passthrough()),
  enrollments: z.array(z.object({ userId: z.string(), courseId: z.string() }).passthrough()),
  serviceUser: z.object({ id: z.string() }).passthrough(),
});
const fileShape = z.object({ version: z.literal(1), tenants: z.record(z.string(), snapshotShape) });

/**
 * Loads the data file; undefined when it does not exist yet.
 * @throws ConfigError when it exists but is not a sandbox data file.
 */
export function readDataFile(path: string): DataFileContent | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError('--data', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('--data', `${path} is not valid JSON (${(error as Error).message}); move it away or fix it`);
  }
  const parsed = fileShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError('--data', `${path} is not a sandbox data file: ${issue.path.join('.') || 'root'} ${issue.message}`);
  }
  return parsed.data as unknown as DataFileContent;
}

/** Writes the file atomically: a temp file next to it, then rename, so a crash never leaves half a file. */
export function writeDataFile(path: string, content: DataFileContent): void {
  writeFileAtomicSync(path, JSON.stringify(content), { mkdir: true });
}

/**
 * Saves after changes, debounced so a burst of writes costs one file write, and on `flush()`.
 * Writes are synchronous: the file is consistent with memory when `flush()` returns.
 */
export class DataFileWriter {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly path: string,
    private readonly collect: () => DataFileContent,
    private readonly debounceMs = 100,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Saves now; unlike the debounced saves, a failure here is thrown to the caller. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    writeDataFile(this.path, this.collect());
  }

  private save(): void {
    try {
      writeDataFile(this.path, this.collect());
    } catch (error) {
      this.onError(error);
    }
  }
}
