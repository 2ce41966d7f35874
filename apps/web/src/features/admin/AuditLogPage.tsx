import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { AuditLogFilter, ProfileAuditAction } from '../../gql/graphql';
import { describeError, EmptyState, Page, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import { downloadText } from '../../shared/download';
import { describeExport, describeSearch } from '../privacy/audit-wording';
import { AuditActorsQuery, AuditLogQuery, ExportAuditLogQuery } from './audit-operations';
import { describeSettingChange } from './retention-wording';

const ACTIONS: { value: ProfileAuditAction; label: string }[] = [
  { value: 'SEARCH', label: 'Searched people' },
  { value: 'FOUND', label: 'Found in a search' },
  { value: 'VIEW', label: 'Opened a profile' },
  { value: 'EXPORT', label: 'Downloaded people’s data' },
  { value: 'SETTING', label: 'Changed a setting' },
];
const ACTION_LABEL = Object.fromEntries(ACTIONS.map((a) => [a.value, a.label])) as Record<ProfileAuditAction, string>;

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A date field's day as the instant it starts, in the browser's time zone. */
function startOfDay(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}
function startOfNextDay(day: string): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}
const validDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00`));

export function AuditLogPage() {
  const [actor, setActor] = useState<string | null>(null);
  const [actorSearch, setActorSearch] = useState('');
  const [debouncedActor] = useDebouncedValue(actorSearch.trim(), 250);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const rangeError =
    from && to && validDay(from) && validDay(to) && from > to
      ? 'The last day must not be before the first day.'
      : undefined;

  const filter: AuditLogFilter = {
    ...(actor ? { actorMemberId: actor } : {}),
    ...(action ? { action: action as ProfileAuditAction } : {}),
    ...(validDay(from) ? { from: startOfDay(from) } : {}),
    ...(validDay(to) && !rangeError ? { to: startOfNextDay(to) } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter },
    notifyOnNetworkStatusChange: true,
  });
  const actors = useQuery(AuditActorsQuery, { variables: { search: debouncedActor || null } });
  const actorOptions =
    (actors.data ?? actors.previousData)?.members.edges.map(({ node }) => ({
      value: node.id,
      label: node.user.displayName,
    })) ?? [];
  const [actorLabel, setActorLabel] = useState<string | null>(null);
  const options =
    actor && actorLabel && !actorOptions.some((o) => o.value === actor)
      ? [{ value: actor, label: actorLabel }, ...actorOptions]
      : actorOptions;

  const client = useApolloClient();
  const [exporting, once] = useSingleFlight();
  const [notice, setNotice] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const exportCsv = () =>
    once(async () => {
      setNotice(null);
      try {
        const result = await client.query({
          query: ExportAuditLogQuery,
          variables: { filter },
          fetchPolicy: 'no-cache',
        });
        if (!result.data) throw new Error('The export came back empty');
        downloadText(`audit-log-${new Date().toISOString().slice(0, 10)}.csv`, result.data.exportAuditLog);
        setNotice({ tone: 'green', text: 'The CSV is downloaded. Your export is recorded in the log too.' });
        void refetch();
      } catch (e) {
        setNotice({ tone: 'red', text: describeError(e).message });
      }
    });
  const [loadingMore, setLoadingMore] = useState(false);

  return (
    <Page
      title="Audit log"
      actions={
        <Button variant="default" onClick={() => void exportCsv()} loading={exporting}>
          Export CSV
        </Button>
      }
    >
      <Text>
        Every people search, every opening of someone else’s profile and every export of this log in your organisation,
        newest first. Members see who opened their own profile; only admins see this log. The export holds at most 50
        000 rows with the filters below.
      </Text>
      <Group align="flex-start" gap="md" wrap="wrap">
        <Select
          label="Who"
          placeholder="Anyone"
          searchable
          clearable
          data={options}
          value={actor}
          searchValue={actorSearch}
          onSearchChange={setActorSearch}
          onChange={(value, option) => {
            setActor(value);
            setActorLabel(option?.label ?? null);
          }}
          filter={({ options: all }) => all}
          nothingFoundMessage="Nobody by that name"
          style={{ flex: '1 1 220px' }}
          maw={280}
        />
        <Select
          label="What"
          placeholder="Anything"
          clearable
          data={ACTIONS}
          value={action}
          onChange={setAction}
          style={{ flex: '1 1 180px' }}
          maw={240}
        />
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={150} />
        <TextInput
          type="date"
          label="To"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={rangeError}
          w={150}
        />
      </Group>
      <StatusNotice notice={notice} onDismiss={() => setNotice(null)} />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.auditLog.edges.length === 0}
        empty={
          <EmptyState title="Nothing recorded here">
            {Object.keys(filter).length
              ? 'Nothing matches these filters. Clear one to see more.'
              : 'Searches and profile views appear here as colleagues use people search.'}
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {d.auditLog.totalCount.toLocaleString('en-GB')} {d.auditLog.totalCount === 1 ? 'entry' : 'entries'}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Caption>The audit log, newest first</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Who</Table.Th>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Details</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.auditLog.edges.map(({ node: e }) => (
                    <Table.Tr key={e.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <time dateTime={e.createdAt}>{WHEN.format(new Date(e.createdAt))}</time>
                      </Table.Td>
                      <Table.Td>{e.actorName ?? 'A former member'}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          tt="none"
                          color={
                            e.action === 'VIEW'
                              ? 'grape'
                              : e.action === 'EXPORT'
                                ? 'gray'
                                : e.action === 'FOUND'
                                  ? 'teal'
                                  : 'blue'
                          }
                        >
                          {ACTION_LABEL[e.action]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {e.action === 'VIEW'
                          ? `Profile of ${e.subjectName ?? 'a former member'}`
                          : e.action === 'FOUND'
                            ? `${e.subjectName ?? 'A former member'}, in a search for ${describeSearch(e.query)}`
                            : e.action === 'SEARCH'
                              ? describeSearch(e.query)
                              : e.action === 'SETTING'
                                ? describeSettingChange(e.query)
                                : describeExport(e.query)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {d.auditLog.pageInfo.hasNextPage && (
              <Button
                variant="default"
                style={{ alignSelf: 'center' }}
                loading={loadingMore}
                onClick={() => {
                  setLoadingMore(true);
                  void fetchMore({
                    variables: { after: d.auditLog.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      auditLog: {
                        ...fetchMoreResult.auditLog,
                        edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges],
                      },
                    }),
                  }).finally(() => setLoadingMore(false));
                }}
              >
                Show older entries
              </Button>
            )}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
