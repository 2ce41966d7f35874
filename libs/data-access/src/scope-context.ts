import { AsyncLocalStorage } from 'node:async_hooks';
import { DataScope } from './data-scope';

/**
 * Whose data the current call chain works on, for row-level security: a request
 * (resolved lazily, as the request is authenticated after it starts), a job, or
 * an explicit scope given to `transaction`, `scoped`, `run` or `within`.
 */
type ScopeSource = DataScope | (() => DataScope | null);

const scopes = new AsyncLocalStorage<ScopeSource>();

/** Runs `work` with every connection it borrows working for `scope`. */
export function withScope<T>(scope: ScopeSource, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope the current call chain works under, if any. */
export function currentScope(): DataScope | null {
  const source = scopes.getStore();
  if (!source) return null;
  return typeof source === 'function' ? source() : source;
}
