import { useState } from 'react';
import { downloadText } from './download';
import { describeError } from './errors';
import { useSingleFlight } from './single-flight';

/**
 * A "Download CSV" button's behaviour: fetches the API's export once at a time
 * and saves it exactly as received; a failure becomes words for an alert.
 */
export function useCsvDownload(fetchCsv: () => Promise<string>, filename: string) {
  const [downloading, once] = useSingleFlight();
  const [error, setError] = useState<string | null>(null);
  const download = () =>
    void once(async () => {
      setError(null);
      try {
        downloadText(filename, await fetchCsv());
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return { download, downloading, error };
}
