import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Card, Group, List, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ProfileVisibility } from '../../gql/graphql';
import { Page, QueryState } from '../../shared';
import { formatDate, levelLabel } from '../volunteer/labels';
import { PersonProfileQuery } from './operations';

const SHARED_WITH: Record<ProfileVisibility, string> = {
  ORGANISATION: 'Shared with everyone in the organisation',
  HR_ONLY: 'Shared with HR only',
  PRIVATE: 'Private',
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** A colleague's profile as its visibility lets the caller see it; opening it is recorded and shown to its owner. */
export function PersonPage() {
  const { memberId = '' } = useParams();
  const location = useLocation();
  const backSearch = (location.state as { search?: string } | null)?.search ?? '';
  const { data, loading, error, refetch } = useQuery(PersonProfileQuery, { variables: { memberId } });
  const profile = data?.profile;
  return (
    <Page
      title={profile?.displayName ?? 'Profile'}
      actions={
        <Anchor component={Link} to={`/people/search${backSearch}`}>
          Back to people search
        </Anchor>
      }
    >
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {({ profile: p }) => {
          const placement = [p.department, p.grade, p.location].filter(Boolean).join(' · ');
          const limited = !p.headline && !p.bio && p.skills.length === 0 && p.wantsToDevelop.length === 0;
          return (
            <Stack gap="md">
              <Stack gap={4}>
                {p.headline && <Text size="lg">{p.headline}</Text>}
                {placement && <Text c="dimmed">{placement}</Text>}
                <Group gap="xs">
                  <Badge variant="light" color={p.visibility === 'HR_ONLY' ? 'grape' : 'blue'} tt="none">
                    {SHARED_WITH[p.visibility]}
                  </Badge>
                  {p.availableHoursPerMonth != null && (
                    <Badge variant="outline" color="gray" tt="none">
                      {p.availableHoursPerMonth} hours a month to give
                    </Badge>
                  )}
                  <Text size="sm" c="dimmed">
                    Updated {formatDate(p.updatedAt)}
                  </Text>
                </Group>
              </Stack>
              <Text size="sm">Your visit is recorded: {p.displayName} can see that you opened this profile.</Text>
              {limited && (
                <Alert variant="light" color="gray" title="Limited profile">
                  {p.displayName} has not shared skills, a headline or a bio yet.
                </Alert>
              )}
              {p.skills.length > 0 && (
                <Section id="person-skills" title="Skills">
                  <Table.ScrollContainer minWidth={300}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Skill</Table.Th>
                          <Table.Th>Level</Table.Th>
                          <Table.Th>Years</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {p.skills.map((s) => (
                          <Table.Tr key={s.skill.id}>
                            <Table.Td>{s.skill.name}</Table.Td>
                            <Table.Td>{levelLabel(s.level)}</Table.Td>
                            <Table.Td>{s.years ?? '—'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Section>
              )}
              {p.wantsToDevelop.length > 0 && (
                <Section id="person-develop" title="Wants to develop">
                  <Group gap={6}>
                    {p.wantsToDevelop.map((s) => (
                      <Badge key={s.id} variant="light" color="teal" tt="none">
                        {s.name}
                      </Badge>
                    ))}
                  </Group>
                </Section>
              )}
              {(p.bio || p.interests.length > 0 || p.links.length > 0) && (
                <Section id="person-about" title="About">
                  {p.bio && <Text style={{ whiteSpace: 'pre-line' }}>{p.bio}</Text>}
                  {p.interests.length > 0 && <Text>Interests: {p.interests.join(', ')}</Text>}
                  {p.links.length > 0 && (
                    <List>
                      {p.links.map((l) => (
                        <List.Item key={l.url}>
                          <Anchor
                            href={l.url}
                            target="_blank"
                            rel="noopener noreferrer"
                            style={{ overflowWrap: 'anywhere' }}
                          >
                            {l.url}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Section>
              )}
              {p.cvText && (
                <Section id="person-cv" title="CV">
                  <Spoiler maxHeight={160} showLabel="Show the whole CV" hideLabel="Show less">
                    <Text style={{ whiteSpace: 'pre-line' }}>{p.cvText}</Text>
                  </Spoiler>
                </Section>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
