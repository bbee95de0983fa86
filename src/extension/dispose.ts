// The one way a class of the extension owns what it subscribed to, modelled on the Markdown
// extension's util/dispose.ts. Free of `vscode` (its Disposable is structural), so plain Node
// tests can check it and vscode-free modules (the throttle) can use it.

/** Anything with a `dispose()`: a `vscode.Disposable`, an event subscription, a timer wrapper. */
export interface IDisposable {
  dispose(): void;
}

/**
 * Disposes every item once, last first, even when some throw; then rethrows the first error
 * (or all of them as one AggregateError), so that a failure is reported, never swallowed, and
 * never keeps the other items alive.
 */
export function disposeAll(items: readonly IDisposable[]): void {
  const errors: unknown[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    try {
      items[i].dispose();
    } catch (err) {
      errors.push(err);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `${errors.length} errors while disposing`);
}

/**
 * Base of every class that owns subscriptions: `_register` what you create, and `dispose()`
 * releases all of it once, in reverse order of registration (what was made last, and may use
 * what was made before it, goes first). A second `dispose()` does nothing.
 */
export abstract class Disposable implements IDisposable {
  #disposed = false;
  #items: IDisposable[] = [];

  /** Whether `dispose()` has run. */
  get isDisposed(): boolean {
    return this.#disposed;
  }

  /** Releases everything registered; later calls do nothing. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const items = this.#items;
    this.#items = [];
    disposeAll(items);
  }

  /** Takes ownership of `item` and returns it; once disposed, an item registered late is disposed at once. */
  protected _register<T extends IDisposable>(item: T): T {
    if (this.#disposed) item.dispose();
    else this.#items.push(item);
    return item;
  }
}
