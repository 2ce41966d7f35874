import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CampaignAudience, CampaignCadence, ShareChannel } from '../../gql/graphql';
import { applyApiError, Page, useSingleFlight } from '../../shared';
import { CHANNELS, today } from './labels';
import { CampaignMembersQuery, CreateCampaignMutation } from './operations';
import { endsOnError, hashtagError, startsOnError, wholeNumber } from './validation';

interface Values {
  name: string;
  aims: string;
  startsOn: string;
  endsOn: string;
  cadence: CampaignCadence;
  targetPerPeriod: number | string;
  audience: CampaignAudience;
  participantMemberIds: string[];
  channels: ShareChannel[];
  hashtag: string;
}

const ALL_CHANNELS = Object.keys(CHANNELS) as ShareChannel[];

/** One aim per line, as the API takes them (at most 20, 500 characters each). */
const aimsOf = (text: string) =>
  text
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);

export function NewCampaignPage() {
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const [create] = useMutation(CreateCampaignMutation, { refetchQueries: ['CampaignList'] });
  const [saving, once] = useSingleFlight();
  // The picker asks the API for the names typed, so anyone in the organisation can be found (not just the first 100).
  const [search, setSearch] = useState('');
  const [chosenNames, setChosenNames] = useState<Record<string, string>>({});
  const members = useQuery(CampaignMembersQuery, { variables: { search: search.trim() || undefined } });
  const form = useForm<Values>({
    initialValues: {
      name: '',
      aims: '',
      startsOn: today(),
      endsOn: '',
      cadence: 'MONTHLY',
      targetPerPeriod: 1,
      audience: 'EVERYONE',
      participantMemberIds: [],
      channels: ALL_CHANNELS,
      hashtag: '',
    },
    validate: {
      name: (v) =>
        v.trim().length === 0
          ? 'Give the campaign a name'
          : v.length > 200
            ? 'A name can be at most 200 characters'
            : null,
      aims: (v) => {
        const aims = aimsOf(v);
        if (aims.length > 20) return 'Write at most 20 aims, one a line';
        if (aims.some((a) => a.length > 500)) return 'Each aim can be at most 500 characters';
        return null;
      },
      startsOn: (v) => startsOnError(v, today()),
      endsOn: (v, values) => endsOnError(v, values.startsOn),
      targetPerPeriod: (v) => (wholeNumber(v, 1, 50) ? null : 'The target must be a whole number from 1 to 50'),
      participantMemberIds: (v, values) =>
        values.audience === 'PEOPLE' && v.length === 0 ? 'Choose at least one participant' : null,
      channels: (v) => (v.length === 0 ? 'Choose at least one channel' : null),
      hashtag: (v) => hashtagError(v),
    },
  });

  const submit = form.onSubmit(
    (values) =>
      void once(async () => {
        setMessage(null);
        try {
          const result = await create({
            variables: {
              input: {
                name: values.name.trim(),
                aims: aimsOf(values.aims),
                startsOn: values.startsOn,
                endsOn: values.endsOn,
                cadence: values.cadence,
                targetPerPeriod: Number(values.targetPerPeriod),
                audience: values.audience,
                ...(values.audience === 'PEOPLE' ? { participantMemberIds: values.participantMemberIds } : {}),
                channels: values.channels,
                hashtag: values.hashtag.trim() || null,
              },
            },
          });
          if (result.data) await navigate(`/campaigns/${result.data.createCampaign.id}`);
        } catch (error) {
          setMessage(applyApiError(form, error).formMessage);
        }
      }),
  );

  const found = (members.data?.members.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.user.displayName,
  }));
  // Those already chosen stay in the list (with their names) whatever is typed next.
  const people = [
    ...found,
    ...Object.entries(chosenNames)
      .filter(([id]) => !found.some((f) => f.value === id))
      .map(([value, label]) => ({ value, label })),
  ];
  const participants = form.getInputProps('participantMemberIds');

  return (
    <Page title="New campaign">
      <form onSubmit={submit} noValidate aria-label="New campaign">
        <Stack gap="md" maw={640}>
          {message && (
            <Alert color="red" role="alert" title="The campaign was not created">
              {message}
            </Alert>
          )}
          <TextInput label="Name" required maxLength={200} {...form.getInputProps('name')} />
          <Textarea
            label="Aims"
            description="What the campaign wants to learn or change — one a line. The report measures each period against the time before it."
            autosize
            minRows={3}
            {...form.getInputProps('aims')}
          />
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput type="date" label="First day" required w={170} {...form.getInputProps('startsOn')} />
            <TextInput type="date" label="Last day" required w={170} {...form.getInputProps('endsOn')} />
          </Group>
          <Group align="flex-start" gap="md" wrap="wrap">
            <Select
              label="Periods"
              description="Each period gets a digest"
              data={[
                { value: 'WEEKLY', label: 'Weekly' },
                { value: 'MONTHLY', label: 'Monthly' },
              ]}
              allowDeselect={false}
              w={200}
              {...form.getInputProps('cadence')}
            />
            <NumberInput
              label="Target per person"
              description="Shares each period"
              min={1}
              max={50}
              allowDecimal={false}
              w={200}
              {...form.getInputProps('targetPerPeriod')}
            />
          </Group>
          <Radio.Group label="Who takes part" {...form.getInputProps('audience')}>
            <Stack gap="xs" mt="xs">
              <Radio value="EVERYONE" label="Everyone in the organisation" />
              <Radio value="PEOPLE" label="The people I choose" />
            </Stack>
          </Radio.Group>
          {form.values.audience === 'PEOPLE' && (
            <MultiSelect
              label="Participants"
              placeholder="Type a name"
              data={people}
              searchable
              required
              searchValue={search}
              onSearchChange={setSearch}
              nothingFoundMessage={members.loading ? 'Searching…' : 'No member by that name'}
              {...participants}
              onChange={(ids: string[]) => {
                setChosenNames((names) => {
                  const next: Record<string, string> = {};
                  for (const id of ids) next[id] = names[id] ?? people.find((p) => p.value === id)?.label ?? 'A member';
                  return next;
                });
                form.setFieldValue('participantMemberIds', ids);
              }}
            />
          )}
          <Checkbox.Group
            label="Channels that count"
            description="Community posts by participants count when they carry the campaign hashtag below."
            {...form.getInputProps('channels')}
          >
            <Group gap="md" mt="xs">
              {ALL_CHANNELS.map((c) => (
                <Checkbox key={c} value={c} label={CHANNELS[c]} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label="Campaign hashtag"
            description="Community posts with this hashtag count as shares, so an everyday post does not. Leave it empty to count every post everyone can see."
            placeholder="#ShareWeek"
            maxLength={51}
            w={{ base: '100%', xs: 320 }}
            {...form.getInputProps('hashtag')}
          />
          <Text size="sm" c="dimmed">
            A campaign can start up to 90 days ago and last up to two years.
          </Text>
          <Group>
            <Button type="submit" loading={saving}>
              Create campaign
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
