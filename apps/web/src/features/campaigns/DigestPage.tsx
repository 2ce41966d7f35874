import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CampaignDigestFieldsFragment, CampaignShareFieldsFragment } from '../../gql/graphql';
import { ConfirmButton, describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { channelLabel, dayLabel, formLabel, memberLabel, today } from './labels';
import {
  CampaignDigestsQuery,
  CurateDigestMutation,
  PublishDigestMutation,
  UnpublishDigestMutation,
} from './operations';
import { Outcome } from './Outcome';
import { addDays } from './validation';

const MAX_NOTE = 2000;

/** The period's digest: pick highlights among its shares, add a note, publish it to the community. */
export function DigestPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CampaignDigestsQuery, { variables: { campaignId: id } });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Page title="Campaign digest">
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => {
          const periods = periodsOf(d.campaign.startsOn, d.campaign.endsOn, d.campaign.cadence);
          const now = today();
          const started = periods.filter((p) => p.from <= now);
          if (started.length === 0)
            return (
              <EmptyState title="The campaign has not started yet">
                Its first digest can be put together once the first period starts on {dayLabel(d.campaign.startsOn)}.
              </EmptyState>
            );
          const current = started[started.length - 1];
          const index = Number(chosen ?? current.index);
          const period = periods[index - 1];
          const digest = d.campaignDigests.find((g) => g.periodIndex === index);
          const shares = d.campaignShares.filter((s) => s.sharedOn >= period.from && s.sharedOn < period.to);
          return (
            <Stack gap="lg">
              <Text>
                <Anchor component={Link} to={`/campaigns/${d.campaign.id}`}>
                  {d.campaign.name}
                </Anchor>
                : each period’s digest is posted in the community and e-mailed to participants when the period ends.
                Pick the shares to show first and add a note; publish early if you would rather not wait.
              </Text>
              <Select
                label="Period"
                allowDeselect={false}
                w={{ base: '100%', xs: 340 }}
                value={String(index)}
                onChange={setChosen}
                data={started.map((p) => ({
                  value: String(p.index),
                  label: `Period ${p.index}: ${dayLabel(p.from)} to ${dayLabel(addDays(p.to, -1))}`,
                }))}
              />
              <DigestEditor
                key={`${index}-${digest?.id ?? 'new'}`}
                campaignId={d.campaign.id}
                periodIndex={index}
                digest={digest}
                shares={shares}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

/** The campaign's periods as the API cuts them (cadence steps from the start, the last cut at the end). */
function periodsOf(startsOn: string, endsOn: string, cadence: string) {
  const step = (n: number) => {
    if (cadence === 'WEEKLY') return addDays(startsOn, 7 * n);
    const d = new Date(`${startsOn}T00:00:00Z`);
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
    const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
    t.setUTCDate(Math.min(d.getUTCDate(), last));
    return t.toISOString().slice(0, 10);
  };
  const end = addDays(endsOn, 1);
  const periods: { index: number; from: string; to: string }[] = [];
  for (let i = 0; step(i) < end; i++) {
    const next = step(i + 1);
    periods.push({ index: i + 1, from: step(i), to: next < end ? next : end });
  }
  return periods;
}

function DigestEditor({
  campaignId,
  periodIndex,
  digest,
  shares,
}: {
  campaignId: string;
  periodIndex: number;
  digest: CampaignDigestFieldsFragment | undefined;
  shares: CampaignShareFieldsFragment[];
}) {
  const [highlights, setHighlights] = useState<string[]>(digest?.highlightShareIds ?? []);
  const [note, setNote] = useState(digest?.note ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [curate] = useMutation(CurateDigestMutation, { refetchQueries: ['CampaignDigestScreen'] });
  const [publish] = useMutation(PublishDigestMutation, { refetchQueries: ['CampaignDigestScreen'] });
  const [unpublish] = useMutation(UnpublishDigestMutation, { refetchQueries: ['CampaignDigestScreen'] });
  const [busy, once] = useSingleFlight();

  const takeBack = () =>
    once(async () => {
      setMessage(null);
      try {
        await unpublish({ variables: { campaignId, periodIndex } });
        setMessage({ ok: true, text: 'Unpublished. Its community post is removed; publish it again when ready.' });
      } catch (e) {
        setMessage({ ok: false, text: describeError(e).message });
      }
    });

  if (digest?.publishedAt) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="digest-published">
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={2} size="h4" id="digest-published">
              Period {periodIndex} digest
            </Title>
            <Badge color="green" variant="light">
              Published
            </Badge>
          </Group>
          <Text size="sm">
            Published on {dayLabel(digest.publishedAt.slice(0, 10))}
            {digest.postId ? ' as a community post' : ''}.
          </Text>
          {digest.postId && (
            <Anchor component={Link} to="/community" size="sm">
              See it in the community feed
            </Anchor>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {digest.body}
          </Text>
          <Group>
            <ConfirmButton
              variant="default"
              color="red"
              size="sm"
              busy={busy}
              question="Take this digest back? Its community post is removed; e-mails already sent cannot be recalled. You can publish it again later."
              confirm="Unpublish digest"
              keep="Keep it published"
              onConfirm={takeBack}
            >
              Unpublish
            </ConfirmButton>
          </Group>
          <Outcome message={message} />
        </Stack>
      </Paper>
    );
  }

  const noteError = note.length > MAX_NOTE ? `A note can be at most ${MAX_NOTE} characters` : null;
  const input = { campaignId, periodIndex, highlightShareIds: highlights, note: note.trim() || null };
  const save = () =>
    void once(async () => {
      setMessage(null);
      if (noteError) return;
      try {
        await curate({ variables: { input } });
        setMessage({ ok: true, text: 'Saved. The digest goes out with these highlights and this note.' });
      } catch (e) {
        setMessage({ ok: false, text: describeError(e).message });
      }
    });
  const publishNow = () =>
    once(async () => {
      setMessage(null);
      if (noteError) return;
      try {
        await curate({ variables: { input } });
        await publish({ variables: { campaignId, periodIndex } });
      } catch (e) {
        setMessage({ ok: false, text: describeError(e).message });
      }
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="digest-editor">
      <Stack gap="md">
        <Title order={2} size="h4" id="digest-editor">
          Period {periodIndex} digest
        </Title>
        {digest?.unpublishedAt && (
          <Alert color="yellow" title="Unpublished">
            You took this digest back on {dayLabel(digest.unpublishedAt.slice(0, 10))}. It stays unpublished until you
            publish it again.
          </Alert>
        )}
        {digest?.lastError && (
          <Alert color="red" title="The last attempt to publish failed">
            {digest.lastError}
          </Alert>
        )}
        {shares.length === 0 ? (
          <Text size="sm">No shares have been logged this period yet; community posts are listed in the digest.</Text>
        ) : (
          <Checkbox.Group label="Highlights — shown first" value={highlights} onChange={setHighlights}>
            <Stack gap="xs" mt="xs">
              {shares.map((s) => (
                <Checkbox
                  key={s.id}
                  value={s.id}
                  label={`${s.title} — ${memberLabel(s.member)}, ${channelLabel(s.channel)}, ${formLabel(s.form)}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label="Note from you"
          description="Shown at the top of the digest"
          autosize
          minRows={3}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={noteError}
        />
        <Group gap="sm">
          <Button variant="default" onClick={save} loading={busy}>
            Save
          </Button>
          <ConfirmButton
            variant="filled"
            color="blue"
            size="sm"
            busy={busy}
            question="Post this digest to the community now? It cannot be changed once published."
            confirm="Publish digest"
            keep="Not yet"
            onConfirm={publishNow}
          >
            Publish now
          </ConfirmButton>
        </Group>
        <Outcome message={message} />
      </Stack>
    </Paper>
  );
}
