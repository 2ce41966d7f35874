import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CampaignShareFieldsFragment } from '../../gql/graphql';
import { applyApiError, useSingleFlight } from '../../shared';
import { channelLabel, dayLabel, formLabel } from './labels';
import { UpdateShareInteractionsMutation } from './operations';
import { wholeNumber } from './validation';

/** A person's shares, each with its interactions and a way to update them as they grow. */
export function ShareList({ shares }: { shares: CampaignShareFieldsFragment[] }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {shares.map((s) => (
        <ShareItem key={s.id} share={s} />
      ))}
    </Stack>
  );
}

const FIELDS = [
  ['likes', 'Likes'],
  ['comments', 'Comments'],
  ['reshares', 'Reshares'],
  ['views', 'Views'],
] as const;

function ShareItem({ share }: { share: CampaignShareFieldsFragment }) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={4}>
        <Anchor
          href={share.url}
          target="_blank"
          rel="noopener noreferrer"
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {share.title}
        </Anchor>
        <Text size="sm">
          {channelLabel(share.channel)} · {formLabel(share.form)} · {dayLabel(share.sharedOn)}
        </Text>
        <Text size="sm" c="dimmed">
          {share.likes} likes, {share.comments} comments, {share.reshares} reshares, {share.views} views
        </Text>
        {editing ? (
          <InteractionsForm share={share} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setEditing(true)}
              aria-label={`Update interactions of ${share.title}`}
            >
              Update interactions
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function InteractionsForm({ share, onDone }: { share: CampaignShareFieldsFragment; onDone: () => void }) {
  const [update] = useMutation(UpdateShareInteractionsMutation);
  const [saving, once] = useSingleFlight();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Record<(typeof FIELDS)[number][0], number | string>>({
    initialValues: { likes: share.likes, comments: share.comments, reshares: share.reshares, views: share.views },
    validate: Object.fromEntries(
      FIELDS.map(([key]) => [
        key,
        (v: number | string) => (wholeNumber(v, 0) ? null : 'Enter a whole number, 0 or more'),
      ]),
    ),
  });
  const submit = form.onSubmit(
    (values) =>
      void once(async () => {
        setMessage(null);
        try {
          await update({
            variables: {
              input: {
                shareId: share.id,
                likes: Number(values.likes),
                comments: Number(values.comments),
                reshares: Number(values.reshares),
                views: Number(values.views),
              },
            },
          });
          onDone();
        } catch (error) {
          setMessage(applyApiError(form, error).formMessage);
        }
      }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={`Interactions of ${share.title}`}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          {FIELDS.map(([key, label]) => (
            <NumberInput key={key} label={label} min={0} allowDecimal={false} w={110} {...form.getInputProps(key)} />
          ))}
        </Group>
        {message && (
          <Text size="sm" c="red.9" role="alert">
            {message}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" size="sm" loading={saving}>
            Save interactions
          </Button>
          <Button variant="default" size="sm" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
