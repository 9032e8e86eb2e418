/**
 * `codegen --watch`: calls back after documents change. Node's recursive fs.watch on each glob's
 * fixed folder (the part before the first wildcard), debounced, so an editor's burst of writes
 * (temp file, rename) regenerates once; runs never overlap (a change during a run schedules one more).
 */
import { watch, type FSWatcher } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';

export interface WatchDocumentsOptions {
  cwd: string;
  documents: string[];
  /** Absolute paths whose changes are ours (the generated files): never a reason to run again. */
  ignore: string[];
  onChange: () => Promise<unknown>;
  debounceMs?: number;
}

export function watchDocuments(options: WatchDocumentsOptions): { close(): void } {
  const folders = new Set(options.documents.map((glob) => fixedFolder(options.cwd, glob)));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  const fire = () => {
    if (running) {
      again = true;
      return;
    }
    running = options.onChange().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        fire();
      }
    });
  };
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    const watcher = watch(folder, { recursive: true }, (_event, name) => {
      const changed = name ? resolve(folder, String(name)) : undefined;
      if (changed && (options.ignore.includes(changed) || changed.split(sep).includes('node_modules'))) return;
      clearTimeout(timer);
      timer = setTimeout(fire, options.debounceMs ?? 100);
    });
    watchers.push(watcher);
  }
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/** `src/**\/*.graphql` -> <cwd>/src: the deepest folder without a wildcard. */
function fixedFolder(cwd: string, glob: string): string {
  const parts = glob.replaceAll('\\', '/').split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?{}[\]()!]/.test(part)) break;
    fixed.push(part);
  }
  const folder = fixed.join('/') || (isAbsolute(glob) ? '/' : '.');
  return resolve(cwd, folder);
}
