import { useCallback, useRef, useState } from 'react';

/**
 * Runs an async action at most once at a time: a double click (or a second Enter)
 * while the first is in flight is ignored. State alone cannot do this — both clicks
 * of a double click run before React re-renders with `busy`.
 */
export function useSingleFlight(): [busy: boolean, run: <T>(action: () => Promise<T>) => Promise<T | undefined>] {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    try {
      return await action();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  return [busy, run];
}
