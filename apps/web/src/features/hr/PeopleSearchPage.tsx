import { skipToken, useQuery } from '@apollo/client/react';
import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { HrPeopleSearchQuery } from '../../gql/graphql';
import { EmptyState, hasRole, Page, QueryState, useMe } from '../../shared';
import { levelLabel, SKILL_LEVELS } from '../volunteer/labels';
import { SkillPicker } from '../volunteer/SkillPicker';
import { PeopleSearchQuery, SkillNameQuery } from './operations';
import {
  EMPTY_SEARCH,
  filterCount,
  LIMITS,
  parseSearch,
  toSearchParams,
  toVariables,
  validateSearch,
  type PeopleSearch,
  type SearchField,
} from './search-params';

const PAGE_SIZE = 20;
const LEVEL_OPTIONS = SKILL_LEVELS.map((l) => ({ value: String(l.value), label: `${l.label} or above` }));

type Connection = HrPeopleSearchQuery['peopleSearch'];
type Person = Connection['edges'][number]['node'];

/** A skill's name from its id (for filters that come from a shared link). */
function SkillName({ id }: { id: string }) {
  const { data } = useQuery(SkillNameQuery, { variables: { id }, fetchPolicy: 'cache-first' });
  return <>{data?.skill.name ?? 'a skill'}</>;
}

function peopleCount(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;
}

/** An estimate to three significant figures (12,437 → "12,400"): more digits would claim a precision it lacks. */
function roughly(n: number): string {
  return (n < 1000 ? n : Number(n.toPrecision(3))).toLocaleString('en-GB');
}

export function PeopleSearchPage() {
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const applied = useMemo(() => parseSearch(new URLSearchParams(paramsKey)), [paramsKey]);
  const appliedErrors = useMemo(() => validateSearch(applied), [applied]);
  const valid = Object.keys(appliedErrors).length === 0;

  // The form starts from the URL and follows it when the URL changes (back button, a shared link).
  const [draft, setDraft] = useState<PeopleSearch>(applied);
  const [errors, setErrors] = useState<Partial<Record<SearchField, string>>>(appliedErrors);
  const [seenKey, setSeenKey] = useState(paramsKey);
  if (seenKey !== paramsKey) {
    setSeenKey(paramsKey);
    setDraft(applied);
    setErrors(appliedErrors);
  }

  const { me } = useMe();
  const isHr = hasRole(me, ['HR']);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(
    PeopleSearchQuery,
    valid ? { variables: { ...toVariables(applied), first: PAGE_SIZE }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const shown = data ?? previousData;
  const [loadingMore, setLoadingMore] = useState(false);

  /** Runs `next` (the form, or the form changed by a facet) unless the API would refuse it; nothing typed is lost. */
  const apply = (next: PeopleSearch) => {
    setDraft(next);
    const found = validateSearch(next);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setParams(toSearchParams(next));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const set = <K extends keyof PeopleSearch>(key: K, value: PeopleSearch[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const desktop = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const filtersSet = filterCount(draft);

  return (
    <Page title="People search">
      <Text>
        Find colleagues by their skills, what they want to learn, where they work and the time they can give.{' '}
        {isHr ? 'Only profiles shared with HR or with everyone appear.' : 'Only profiles shared with everyone appear.'}
      </Text>
      <Alert variant="light" color="blue" title="Your searches are recorded" p="sm">
        Each search goes into your organisation’s audit log, and each profile you open is shown to its owner under “Who
        looked at my profile”.
      </Alert>

      <form onSubmit={submit} noValidate aria-label="People search">
        <Stack gap="md">
          <TextInput
            label="Search for"
            description="Skills, names, headlines and interests — every word must match"
            placeholder="e.g. social media"
            value={draft.query}
            onChange={(e) => set('query', e.currentTarget.value)}
            error={errors.query}
            maw={660}
            // The button sits beside the box itself, whatever the label and description wrap to.
            inputContainer={(input) => (
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
                <Button type="submit" loading={loading && !!shown}>
                  Search
                </Button>
              </Group>
            )}
          />

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Accordion
                key={desktop ? 'wide' : 'narrow'}
                multiple
                defaultValue={desktop ? ['facets', 'filters'] : []}
                variant="separated"
              >
                <Accordion.Item value="facets">
                  <Accordion.Control>Narrow down</Accordion.Control>
                  <Accordion.Panel>
                    {shown ? (
                      <Facets
                        connection={shown.peopleSearch}
                        search={applied}
                        onApply={(next) => apply({ ...draft, ...next })}
                      />
                    ) : (
                      <Text size="sm" c="dimmed">
                        Counts appear once a search has run.
                      </Text>
                    )}
                  </Accordion.Panel>
                </Accordion.Item>
                <Accordion.Item value="filters">
                  <Accordion.Control>Filters{filtersSet > 0 ? ` (${filtersSet} set)` : ''}</Accordion.Control>
                  <Accordion.Panel>
                    <Filters
                      draft={draft}
                      errors={errors}
                      set={set}
                      onClear={() => apply({ ...EMPTY_SEARCH, query: draft.query })}
                    />
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            </Grid.Col>

            <Grid.Col span={{ base: 12, md: 8 }}>
              <section aria-labelledby="results-heading">
                <Title order={2} size="h3" id="results-heading" mb="sm">
                  Results
                </Title>
                <ActiveFilters search={applied} onApply={apply} />
                {!valid ? (
                  <Text>Correct the search above to see results.</Text>
                ) : (
                  <QueryState
                    data={shown}
                    loading={loading}
                    error={error}
                    refetch={refetch}
                    isEmpty={(d) => d.peopleSearch.edges.length === 0}
                    empty={
                      <EmptyState title="Nobody matches this search">
                        {filterCount(applied) > 0
                          ? 'Remove a filter above, or search for fewer words.'
                          : 'Try fewer or different words — for example a skill such as “blogging”.'}
                      </EmptyState>
                    }
                  >
                    {(d) => (
                      <Results
                        connection={d.peopleSearch}
                        loadingMore={loadingMore}
                        onMore={async () => {
                          setLoadingMore(true);
                          try {
                            await fetchMore({
                              variables: { after: d.peopleSearch.pageInfo.endCursor },
                              updateQuery: (previous, { fetchMoreResult }) => ({
                                peopleSearch: {
                                  ...fetchMoreResult.peopleSearch,
                                  edges: [...previous.peopleSearch.edges, ...fetchMoreResult.peopleSearch.edges],
                                },
                              }),
                            });
                          } finally {
                            setLoadingMore(false);
                          }
                        }}
                      />
                    )}
                  </QueryState>
                )}
              </section>
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
    </Page>
  );
}

function Filters({
  draft,
  errors,
  set,
  onClear,
}: {
  draft: PeopleSearch;
  errors: Partial<Record<SearchField, string>>;
  set: <K extends keyof PeopleSearch>(key: K, value: PeopleSearch[K]) => void;
  onClear: () => void;
}) {
  // A new picker after each choice, so it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);
  const chosen = new Set(draft.skills.map((s) => s.skillId));
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Text fw={500} size="sm" id="skill-filters">
          Skills they have (all must hold)
        </Text>
        {draft.skills.map((s) => (
          <Group key={s.skillId} gap="xs" wrap="nowrap" align="flex-end">
            <Select
              label={<SkillName id={s.skillId} />}
              data={LEVEL_OPTIONS}
              value={String(s.minLevel)}
              allowDeselect={false}
              onChange={(v) =>
                set(
                  'skills',
                  draft.skills.map((x) => (x.skillId === s.skillId ? { ...x, minLevel: Number(v ?? 1) } : x)),
                )
              }
              style={{ flex: 1, minWidth: 0 }}
            />
            <CloseButton
              mb={4}
              aria-label="Remove this skill"
              onClick={() =>
                set(
                  'skills',
                  draft.skills.filter((x) => x.skillId !== s.skillId),
                )
              }
            />
          </Group>
        ))}
        {draft.skills.length < LIMITS.skills ? (
          <SkillPicker
            key={pickerKey}
            label="Add a skill"
            exclude={chosen}
            value={null}
            onChange={(skill) => {
              if (!skill) return;
              set('skills', [...draft.skills, { skillId: skill.id, minLevel: 1 }]);
              setPickerKey((k) => k + 1);
            }}
          />
        ) : (
          <Text size="sm">You can filter by at most {LIMITS.skills} skills.</Text>
        )}
        {errors.skills && (
          <Text size="sm" c="red.9" role="alert">
            {errors.skills}
          </Text>
        )}
      </Stack>

      {draft.wantsToDevelop ? (
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm">
            Wants to develop:{' '}
            <strong>
              <SkillName id={draft.wantsToDevelop} />
            </strong>
          </Text>
          <CloseButton aria-label="Remove the skill they want to develop" onClick={() => set('wantsToDevelop', null)} />
        </Group>
      ) : (
        <SkillPicker
          label="Wants to develop"
          exclude={new Set()}
          value={null}
          onChange={(skill) => set('wantsToDevelop', skill?.id ?? null)}
        />
      )}

      <TextInput
        label="Department"
        value={draft.department}
        onChange={(e) => set('department', e.currentTarget.value)}
        error={errors.department}
      />
      <TextInput
        label="Grade"
        value={draft.grade}
        onChange={(e) => set('grade', e.currentTarget.value)}
        error={errors.grade}
      />
      <TextInput
        label="Location"
        value={draft.location}
        onChange={(e) => set('location', e.currentTarget.value)}
        error={errors.location}
      />
      <NumberInput
        label="At least this many hours a month"
        min={0}
        max={LIMITS.maxHours}
        allowDecimal={false}
        allowNegative={false}
        value={draft.minHours ?? ''}
        onChange={(v) => set('minHours', v === '' ? null : Number(v))}
        error={errors.minHours}
      />
      <Group gap="sm">
        <Button type="submit">Apply filters</Button>
        <Button variant="default" onClick={onClear}>
          Clear filters
        </Button>
      </Group>
    </Stack>
  );
}

/** Counts over every match (not just this page); choosing one narrows the search at once. */
function Facets({
  connection,
  search,
  onApply,
}: {
  connection: Connection;
  search: PeopleSearch;
  onApply: (next: Partial<PeopleSearch>) => void;
}) {
  const { departments, grades, skills, estimated, exactUpTo, matchCount } = connection.facets;
  const has = (id: string) => search.skills.some((s) => s.skillId === id);
  if (!departments.length && !grades.length && !skills.length) {
    return (
      <Text size="sm" c="dimmed">
        Nothing to narrow down: this search found nobody.
      </Text>
    );
  }
  const group = (
    title: string,
    items: { key: string; label: string; count: number; pressed: boolean; toggle: () => void }[],
  ) =>
    items.length > 0 && (
      <Stack gap={4} role="group" aria-label={title}>
        <Text fw={500} size="sm">
          {title}
        </Text>
        {items.map((item) => (
          <Button
            key={item.key}
            variant={item.pressed ? 'light' : 'subtle'}
            size="compact-sm"
            justify="space-between"
            fullWidth
            aria-pressed={item.pressed}
            rightSection={
              <Badge variant="outline" color="gray" size="sm" aria-hidden>
                {estimated ? `~${roughly(item.count)}` : item.count}
              </Badge>
            }
            onClick={item.toggle}
            aria-label={`${item.label}, ${estimated ? `about ${roughly(item.count)} ${item.count === 1 ? 'person' : 'people'}` : peopleCount(item.count)}`}
          >
            <Text span size="sm" truncate>
              {item.label}
            </Text>
          </Button>
        ))}
      </Stack>
    );
  return (
    <Stack gap="md">
      {estimated && (
        // Counting every match of a broad search would read them all: past the cap the counts come from a sample.
        <Text size="sm" c="dimmed">
          Counts are estimates: more than {exactUpTo.toLocaleString('en-GB')} people match (about {roughly(matchCount)}
          ).
        </Text>
      )}
      {group(
        'Department',
        departments.map((d) => ({
          key: d.value,
          label: d.value,
          count: d.count,
          pressed: search.department.trim() === d.value,
          toggle: () => onApply({ department: search.department.trim() === d.value ? '' : d.value }),
        })),
      )}
      {group(
        'Grade',
        grades.map((g) => ({
          key: g.value,
          label: g.value,
          count: g.count,
          pressed: search.grade.trim() === g.value,
          toggle: () => onApply({ grade: search.grade.trim() === g.value ? '' : g.value }),
        })),
      )}
      {group(
        'Skill',
        skills.slice(0, 10).map((s) => ({
          key: s.skill.id,
          label: s.skill.name,
          count: s.count,
          pressed: has(s.skill.id),
          toggle: () =>
            onApply({
              skills: has(s.skill.id)
                ? search.skills.filter((x) => x.skillId !== s.skill.id)
                : [...search.skills, { skillId: s.skill.id, minLevel: 1 }],
            }),
        })),
      )}
    </Stack>
  );
}

/** The filters of the search shown, each removable — including one that no longer matches anybody. */
function ActiveFilters({ search, onApply }: { search: PeopleSearch; onApply: (next: PeopleSearch) => void }) {
  const chips: { key: string; label: ReactNode; name: string; remove: PeopleSearch }[] = [];
  for (const s of search.skills) {
    chips.push({
      key: `skill-${s.skillId}`,
      label: (
        <>
          <SkillName id={s.skillId} /> ({levelLabel(s.minLevel)}+)
        </>
      ),
      name: 'skill filter',
      remove: { ...search, skills: search.skills.filter((x) => x.skillId !== s.skillId) },
    });
  }
  if (search.wantsToDevelop) {
    chips.push({
      key: 'develop',
      label: (
        <>
          Wants to develop <SkillName id={search.wantsToDevelop} />
        </>
      ),
      name: 'wants-to-develop filter',
      remove: { ...search, wantsToDevelop: null },
    });
  }
  for (const [field, label] of [
    ['department', 'Department'],
    ['grade', 'Grade'],
    ['location', 'Location'],
  ] as const) {
    if (search[field].trim()) {
      chips.push({
        key: field,
        label: `${label}: ${search[field].trim()}`,
        name: `${label.toLowerCase()} filter`,
        remove: { ...search, [field]: '' },
      });
    }
  }
  if (search.minHours !== null) {
    chips.push({
      key: 'hours',
      label: `${search.minHours}+ hours a month`,
      name: 'hours filter',
      remove: { ...search, minHours: null },
    });
  }
  if (!chips.length) return null;
  return (
    <Group gap="xs" mb="sm" aria-label="Filters in use" role="group">
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          variant="light"
          size="lg"
          tt="none"
          rightSection={
            <CloseButton size="xs" aria-label={`Remove ${chip.name}`} onClick={() => onApply(chip.remove)} />
          }
        >
          {chip.label}
        </Badge>
      ))}
    </Group>
  );
}

function Results({
  connection,
  loadingMore,
  onMore,
}: {
  connection: Connection;
  loadingMore: boolean;
  onMore: () => Promise<void>;
}) {
  const { totalCount, totalCountIsExact, edges, pageInfo } = connection;
  return (
    <Stack gap="sm">
      <div role="status" aria-live="polite">
        {totalCountIsExact ? (
          <Text fw={500}>
            {peopleCount(totalCount)} found{edges.length < totalCount ? ` — showing the first ${edges.length}` : ''}
          </Text>
        ) : (
          <Stack gap={2}>
            <Text fw={500}>More than 1 000 people match — showing the first {edges.length}</Text>
            <Text size="sm" c="dimmed">
              That is too many to count exactly, so the results are the best matches among the 1 000 people with the
              strongest skill records. Add a filter, or a more precise word, to see everyone who matches.
            </Text>
          </Stack>
        )}
      </div>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {edges.map(({ node }) => (
          <li key={node.memberId}>
            <PersonCard person={node} />
          </li>
        ))}
      </Stack>
      {pageInfo.hasNextPage && (
        <Button variant="default" style={{ alignSelf: 'center' }} loading={loadingMore} onClick={() => void onMore()}>
          Show more people
        </Button>
      )}
    </Stack>
  );
}

function PersonCard({ person }: { person: Person }) {
  const location = useLocation();
  const placement = [person.department, person.grade, person.location].filter(Boolean).join(' · ');
  const limited = !person.headline && person.skills.length === 0;
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={`/people/${person.memberId}`}
            state={{ search: location.search }}
            fw={600}
            size="lg"
          >
            {person.displayName}
          </Anchor>
          {person.availableHoursPerMonth != null && (
            <Text size="sm">{person.availableHoursPerMonth} hours a month</Text>
          )}
        </Group>
        {person.headline && <Text>{person.headline}</Text>}
        {placement && (
          <Text size="sm" c="dimmed">
            {placement}
          </Text>
        )}
        {limited ? (
          <Group gap="xs">
            <Badge variant="outline" color="gray">
              Limited profile
            </Badge>
            <Text size="sm" c="dimmed">
              They have not shared a headline or skills.
            </Text>
          </Group>
        ) : (
          person.skills.length > 0 && (
            <Group gap={6} aria-label="Skills">
              {person.skills.slice(0, 6).map((s) => (
                <Badge key={s.skill.id} variant="light" tt="none">
                  {s.skill.name} · {levelLabel(s.level)}
                </Badge>
              ))}
              {person.skills.length > 6 && (
                <Text size="sm" c="dimmed">
                  and {person.skills.length - 6} more
                </Text>
              )}
            </Group>
          )
        )}
      </Stack>
    </Card>
  );
}
