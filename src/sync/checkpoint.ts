/**
 * The checkpoint of an apply run: which plan items are finished, so an interrupted run resumes
 * without redoing them. It is a journal: a header line (written atomically, holding the whole plan,
 * so a rerun resumes that exact plan without re-reading the roster), then one line per finished
 * item, appended as each finishes. A kill can at worst tear the last line, which is ignored: that
 * item is redone, and every step is idempotent (a create finds the user, an enrollment is
 * "already enrolled"), so redoing it duplicates nothing.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { InputError } from '../errors/index.js';
import { writeFileAtomic } from '../util/index.js';
import { planContentId, type SyncPlan } from './plan.js';

export const CHECKPOINT_FORMAT = 'ti-graph.sync-checkpoint';
export const CHECKPOINT_VERSION = 1;

interface Header {
  format: typeof CHECKPOINT_FORMAT;
  version: typeof CHECKPOINT_VERSION;
  planId: string;
  plan: SyncPlan;
}

export interface Checkpoint {
  readonly path: string;
  readonly plan: SyncPlan;
  /** Indexes (into plan.items) of finished items. */
  readonly done: ReadonlySet<number>;
  markDone(index: number): void;
  /** Closes the journal; `remove` deletes it (the run finished everything). */
  close(options?: { remove?: boolean }): Promise<void>;
}

/** Reads an existing checkpoint; undefined when there is none at `path`. */
export async function readCheckpoint(path: string): Promise<{ plan: SyncPlan; done: Set<number> } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read checkpoint ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const lines = text.split('\n');
  let header: Header;
  try {
    header = JSON.parse(lines[0] ?? '') as Header;
  } catch {
    throw new InputError(`${path} is not a ti-graph checkpoint (unreadable header); delete it to start over`);
  }
  if (header?.format !== CHECKPOINT_FORMAT || header.version !== CHECKPOINT_VERSION || !header.plan) {
    throw new InputError(`${path} is not a ti-graph checkpoint of version ${CHECKPOINT_VERSION}; delete it to start over`);
  }
  if (planContentId(header.plan) !== header.planId || header.plan.id !== header.planId) {
    throw new InputError(`${path} was changed after it was written (its plan does not match its id); delete it to start over`);
  }
  const done = new Set<number>();
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { done?: unknown };
      if (typeof entry.done === 'number' && Number.isInteger(entry.done) && entry.done >= 0 && entry.done < header.plan.items.length) {
        done.add(entry.done);
      }
    } catch {
      // A torn last line from a killed run: that item is simply redone.
    }
  }
  return { plan: header.plan, done };
}

/**
 * Opens the checkpoint for `plan` at `path`: resumes it when it is this plan's, starts it otherwise.
 * @throws InputError when the file holds another plan's progress.
 */
export async function openCheckpoint(path: string, plan: SyncPlan): Promise<Checkpoint> {
  const existing = await readCheckpoint(path);
  if (existing && existing.plan.id !== plan.id) {
    throw new InputError(
      `checkpoint ${path} belongs to another plan (${existing.plan.id}, not ${plan.id}); finish that run or delete the checkpoint`,
    );
  }
  if (!existing) {
    const header: Header = { format: CHECKPOINT_FORMAT, version: CHECKPOINT_VERSION, planId: plan.id, plan };
    await writeFileAtomic(path, `${JSON.stringify(header)}\n`, { mode: 0o600 });
  }
  const done = existing?.done ?? new Set<number>();
  const fd = openSync(path, 'a', 0o600);
  let closed = false;
  return {
    path,
    plan,
    done,
    markDone(index: number) {
      if (closed || done.has(index)) return;
      done.add(index);
      // One write(2) per line: it reaches the page cache at once, so a killed process keeps it.
      writeSync(fd, `{"done":${index}}\n`);
    },
    async close(options = {}) {
      if (!closed) {
        closed = true;
        closeSync(fd);
      }
      if (options.remove) await rm(path, { force: true });
    },
  };
}
