/**
 * The one way tests wait for something to happen: poll a condition until it holds, instead of
 * sleeping a guessed time (which flakes on a loaded machine and wastes time on an idle one).
 *
 *   await waitFor(() => sandbox.requests.count({ route }) === 1, 'the request to reach the tenant');
 */
export interface WaitForOptions {
  /** Fails after this long (default 10 s): a wait that never ends is a failure, with its name. */
  timeoutMs?: number;
  /** Poll interval (default 10 ms). */
  intervalMs?: number;
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, options: WaitForOptions = {}): Promise<void> {
  const { timeoutMs = 10_000, intervalMs = 10 } = options;
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
