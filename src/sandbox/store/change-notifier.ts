import type { StoreEvent, StoreListener } from './types.js';

/**
 * Who hears about the store's changes: `onChange` listeners get each public event (the webhook
 * sender, the events feed), `onMutate` ones every mutation (persistence). A listener's failure
 * must not undo or fail the mutation that already applied, so each call is isolated.
 */
export class ChangeNotifier {
  private readonly listeners = new Set<StoreListener>();
  private readonly mutationListeners = new Set<() => void>();

  onChange(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onMutate(listener: () => void): () => void {
    this.mutationListeners.add(listener);
    return () => this.mutationListeners.delete(listener);
  }

  emit(event: StoreEvent | undefined): void {
    if (event) {
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch {
          /* listeners own their errors */
        }
      }
    }
    for (const listener of this.mutationListeners) {
      try {
        listener();
      } catch {
        /* listeners own their errors */
      }
    }
  }
}
