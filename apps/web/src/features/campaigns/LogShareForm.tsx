import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CampaignFieldsFragment, ShareChannel, ShareForm } from '../../gql/graphql';
import { applyApiError, useSingleFlight } from '../../shared';
import { CHANNELS, dayLabel, FORMS, today } from './labels';
import { LogShareMutation } from './operations';
import { Outcome } from './Outcome';
import { isDay, isShareUrl } from './validation';

interface Values {
  channel: ShareChannel | '';
  url: string;
  title: string;
  form: ShareForm | '';
  sharedOn: string;
}

/**
 * "Log a share": where, the address, a title, what kind, which day — with the
 * API's rules (an http(s) address, a day within the campaign and not in the future).
 */
export function LogShareForm({ campaign }: { campaign: CampaignFieldsFragment }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [log] = useMutation(LogShareMutation, { refetchQueries: ['CampaignMyShares', 'CampaignOverview'] });
  const [saving, once] = useSingleFlight();
  // Community posts count by themselves; only outside channels are logged by hand.
  const channels = campaign.channels.filter((c) => c !== 'INTERNAL');
  const lastAllowed = campaign.endsOn < today() ? campaign.endsOn : today();
  const form = useForm<Values>({
    initialValues: {
      channel: channels.length === 1 ? channels[0] : '',
      url: '',
      title: '',
      form: '',
      sharedOn: lastAllowed,
    },
    validate: {
      channel: (v) => (v ? null : 'Choose where you shared it'),
      url: (v) =>
        v.trim() === ''
          ? 'Paste the address of what you shared'
          : isShareUrl(v.trim())
            ? null
            : 'Enter a web address starting with https:// (or http://)',
      title: (v) =>
        v.trim() === '' ? 'Give it a title' : v.trim().length > 300 ? 'A title can be at most 300 characters' : null,
      form: (v) => (v ? null : 'Choose what kind of share it is'),
      sharedOn: (v) => {
        if (!isDay(v)) return 'Enter the day you shared it';
        if (v < campaign.startsOn || v > campaign.endsOn)
          return `Choose a day from ${dayLabel(campaign.startsOn)} to ${dayLabel(campaign.endsOn)}`;
        if (v > today()) return 'The day cannot be in the future';
        return null;
      },
    },
  });
  const submit = form.onSubmit(
    (values) =>
      void once(async () => {
        setMessage(null);
        try {
          await log({
            variables: {
              input: {
                campaignId: campaign.id,
                channel: values.channel as ShareChannel,
                form: values.form as ShareForm,
                url: values.url.trim(),
                title: values.title.trim(),
                sharedOn: values.sharedOn,
              },
            },
          });
          setMessage({ ok: true, text: `Thank you — “${values.title.trim()}” is logged.` });
          form.setValues({ url: '', title: '' });
        } catch (error) {
          const { formMessage, code } = applyApiError(form, error);
          if (code === 'CONFLICT') form.setFieldError('url', 'Someone has already logged this address');
          else if (formMessage) setMessage({ ok: false, text: formMessage });
        }
      }),
  );
  if (channels.length === 0) {
    return <Text>This campaign counts community posts only: post in the community and it counts by itself.</Text>;
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Log a share">
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="wrap">
          <Select
            label="Where"
            required
            placeholder="Choose a channel"
            data={channels.map((c) => ({ value: c, label: CHANNELS[c] }))}
            w={200}
            {...form.getInputProps('channel')}
          />
          <Select
            label="What kind"
            required
            placeholder="Choose a kind"
            data={Object.entries(FORMS).map(([value, label]) => ({ value, label }))}
            w={200}
            {...form.getInputProps('form')}
          />
          <TextInput type="date" label="Day shared" required w={170} {...form.getInputProps('sharedOn')} />
        </Group>
        <TextInput
          label="Web address"
          required
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={2000}
          {...form.getInputProps('url')}
        />
        <TextInput label="Title" required maxLength={300} {...form.getInputProps('title')} />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            Log share
          </Button>
          <Outcome message={message} />
        </Group>
        <Text size="xs" c="dimmed">
          Community posts count by themselves. Logging the same address again updates it.
        </Text>
      </Stack>
    </form>
  );
}
