import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../shared';
import { downloadText } from '../../shared/download';
import { useSession } from '../../session/SessionProvider';
import { WEB_CLIENT_HEADER } from '../../session/web-client';

/** The token of the e-mailed link, carried in the fragment so it never reaches a server log. */
function tokenFromHash(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

const USED = 'This link has been used, has expired, or was sent to someone else. Ask for a new copy on My profile.';

/** Where the "your data is ready" e-mail leads: downloads the archive once, as the signed-in member. */
export function MyDataDownloadPage() {
  const { accessToken } = useSession();
  const [token] = useState(tokenFromHash);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>(token ? 'idle' : 'failed');
  const [problem, setProblem] = useState(USED);

  async function download() {
    if (!token) return;
    setState('busy');
    try {
      const bearer = await accessToken();
      const res = await fetch('/privacy/export', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer ?? ''}`, ...WEB_CLIENT_HEADER },
        body: JSON.stringify({ token }),
      });
      if (!res.ok) {
        setProblem(res.status === 404 ? USED : 'We could not download your data just now. Please try again.');
        setState('failed');
        return;
      }
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`crowdcomms-my-data-${day}.json`, await res.text(), 'application/json');
      setState('done');
    } catch {
      setProblem('We could not reach Crowdcomms. Check your connection and try again.');
      setState('failed');
    }
  }

  return (
    <Page title="Download my data">
      <Stack gap="md" maw={640}>
        <Text>
          Your copy is one file (JSON) with a readable summary at the top, then your records, area by area. The link
          works once.
        </Text>
        {state === 'done' && (
          <Alert color="green" role="status">
            Your download has started. The link has now been used; ask for a fresh copy on My profile whenever you like.
          </Alert>
        )}
        {state === 'failed' && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {token && state !== 'done' && (
          <Button onClick={download} loading={state === 'busy'} disabled={state === 'busy'} w="fit-content">
            Download my data
          </Button>
        )}
        <Button component={Link} to="/profile" variant="subtle" w="fit-content">
          Back to My profile
        </Button>
      </Stack>
    </Page>
  );
}
