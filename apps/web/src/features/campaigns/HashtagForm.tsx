import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { describeError, useSingleFlight } from '../../shared';
import { Outcome, type OutcomeMessage } from './Outcome';
import { SetCampaignHashtagMutation } from './operations';
import { hashtagError } from './validation';

/** Comms set or clear the hashtag whose community posts count as shares; figures follow it at once. */
export function HashtagForm({ campaignId, hashtag }: { campaignId: string; hashtag: string | null }) {
  const [value, setValue] = useState(hashtag ? `#${hashtag}` : '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<OutcomeMessage>(null);
  const [save] = useMutation(SetCampaignHashtagMutation);
  const [busy, once] = useSingleFlight();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void once(async () => {
      setMessage(null);
      const problem = hashtagError(value);
      setFieldError(problem);
      if (problem) return;
      try {
        const r = await save({ variables: { campaignId, hashtag: value.trim() || null } });
        const tag = r.data?.setCampaignHashtag.hashtag;
        setMessage({
          ok: true,
          text: tag
            ? `Saved: community posts with #${tag} count as shares.`
            : 'Saved: every community post everyone can see counts.',
        });
      } catch (e) {
        const described = describeError(e, ['hashtag']);
        if (described.fieldErrors.hashtag) setFieldError(described.fieldErrors.hashtag);
        else setMessage({ ok: false, text: described.message });
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Campaign hashtag">
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Campaign hashtag"
            placeholder="#ShareWeek"
            maxLength={51}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={fieldError}
            w={{ base: '100%', xs: 260 }}
          />
          <Button type="submit" variant="default" loading={busy}>
            Save hashtag
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Only community posts with this hashtag count as shares; empty counts every post everyone can see.
        </Text>
        <Outcome message={message} />
      </Stack>
    </form>
  );
}
