import { LRUCache } from 'lru-cache';
import type { TiEvent } from './event.js';

/**
 * Webhooks arrive out of order (retries, parallel deliveries): a `user.updated` can land before
 * the `user.created` it follows. Subscribers should see a user's story in order, so each user's
 * events pass through here before they are published:
 *
 * 1. Hold for a creation. An event about a user this process has not seen yet, whose user record
 *    says it was created recently (`user.createdAt` within `recentCreationMs` of the event), waits
 *    up to `holdMs` for that user's `user.created`. When the creation arrives, it goes out first
 *    and the held events follow in time order. When the wait ends without it, the held events go
 *    out as they are (the creation was delivered elsewhere or before this process started).
 *    Events about users created long ago, and enrollment events (they carry no creation time),
 *    never wait.
 * 2. Never go back in time. Per user, an event about the user record (created/updated/deleted)
 *    older than the newest one already published is dropped as superseded: publishing it would
 *    roll a subscriber's copy of the user back. A `user.created` that arrives after the wait gave
 *    up is superseded in the same way. Enrollment events are facts, not states: never dropped.
 *
 * The state is per process and bounded (least recently touched users are forgotten first). With
 * several gateway instances, each orders what it receives; the shared dedupe store still ensures
 * each delivery is published once.
 */
export interface EventOrdererOptions {
  publish: (event: TiEvent) => void;
  /** How long an event about a just-created, not-yet-seen user waits for its creation. */
  holdMs?: number;
  /** A user created within this long before the event counts as just created. */
  recentCreationMs?: number;
  /** Users remembered at most. */
  maxUsers?: number;
  /** Called with each event dropped as superseded (for logs and tests). */
  onSuperseded?: (event: TiEvent) => void;
}

export interface EventOrderer {
  push(event: TiEvent): void;
  /** Publishes everything still held (shutdown). */
  flush(): void;
  close(): void;
}

interface UserState {
  /** Epoch ms of the newest user-record event published. */
  newestRecordAt: number;
  /** Whether anything about the user went out (so nothing more waits for a creation). */
  known: boolean;
  held: TiEvent[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createEventOrderer(options: EventOrdererOptions): EventOrderer {
  const holdMs = options.holdMs ?? 5_000;
  const recentCreationMs = options.recentCreationMs ?? 10 * 60_000;
  // The least recently seen users are forgotten first; one forgotten while holding events publishes them.
  const users = new LRUCache<string, UserState>({
    max: options.maxUsers ?? 50_000,
    dispose: (state, _userId, reason) => {
      if (reason === 'evict' && state.held.length) release(state);
    },
  });

  function stateOf(userId: string): UserState {
    let state = users.get(userId);
    if (!state) {
      state = { newestRecordAt: Number.NEGATIVE_INFINITY, known: false, held: [], timer: undefined };
      users.set(userId, state);
    }
    return state;
  }

  function emit(state: UserState, event: TiEvent): void {
    state.known = true;
    if (event.kind === 'user') {
      const at = Date.parse(event.at);
      if (at < state.newestRecordAt) {
        options.onSuperseded?.(event);
        return;
      }
      state.newestRecordAt = at;
    }
    options.publish(event);
  }

  function release(state: UserState): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const held = state.held.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    state.held = [];
    for (const event of held) emit(state, event);
  }

  function justCreated(event: TiEvent): boolean {
    if (event.kind !== 'user' || !event.user.createdAt) return false;
    const created = Date.parse(event.user.createdAt);
    return !Number.isNaN(created) && Date.parse(event.at) - created <= recentCreationMs;
  }

  return {
    push(event) {
      const state = stateOf(event.userId);
      if (event.name === 'user.created') {
        state.held.push(event);
        release(state);
        return;
      }
      if (state.held.length) {
        state.held.push(event);
        return;
      }
      if (!state.known && holdMs > 0 && justCreated(event)) {
        state.held.push(event);
        state.timer = setTimeout(() => release(state), holdMs);
        state.timer.unref?.();
        return;
      }
      emit(state, event);
    },
    flush() {
      for (const state of users.values()) if (state.held.length) release(state);
    },
    close() {
      for (const state of users.values()) if (state.timer) clearTimeout(state.timer);
      users.clear();
    },
  };
}
