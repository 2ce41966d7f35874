import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { graphql } from '../../gql';
import { describeError } from '../../shared';
import { formatPostDate } from './format';

export const DigestPreviewQuery = graphql(`
  query CommunityDigestPreview {
    myDigestPreview {
      frequency
      since
      postCount
      subject
      text
    }
  }
`);

/** "What would my digest say?" — the e-mail as it would be sent now; looking sends and moves nothing. */
export function DigestPreview() {
  const [load, { data, loading, error }] = useLazyQuery(DigestPreviewQuery, { fetchPolicy: 'network-only' });
  const preview = data?.myDigestPreview;
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" size="xs" loading={loading} onClick={() => void load()}>
        {preview ? 'Preview again' : 'Preview my digest'}
      </Button>
      {error && (
        <Alert color="red" role="alert">
          {describeError(error).message}
        </Alert>
      )}
      {preview && (
        <Stack gap={4} w="100%" aria-label="Digest preview" role="region">
          <Text size="sm">
            {preview.frequency === 'NONE' ? 'Digests are off; this is what a weekly one would say. ' : ''}
            Posts since {formatPostDate(preview.since)}. Nothing has been sent.
            {preview.postCount === 0 ? ' With nothing new, no digest would go out now.' : ''}
          </Text>
          <Text size="sm" fw={600}>
            {preview.subject}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap' }}>
            {preview.text}
          </Code>
        </Stack>
      )}
    </Stack>
  );
}
