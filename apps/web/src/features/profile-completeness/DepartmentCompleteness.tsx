import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { QueryState } from '../../shared';
import { CompletenessByDepartmentQuery } from './operations';

const percent = (n: number | null | undefined) => (n == null ? '—' : `${n} %`);

/**
 * How complete members' profiles are, per department, for HR and comms: counts only. The API pools
 * departments under five people and withholds the pool's figures when it is that small too.
 */
export function DepartmentCompleteness() {
  const { data, loading, error, refetch } = useQuery(CompletenessByDepartmentQuery);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="completeness-by-department">
      <Stack gap="sm">
        <Title order={2} size="h4" id="completeness-by-department">
          Profile completeness by department
        </Title>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => {
            const { minimumGroupSize, departments } = d.profileCompletenessByDepartment;
            return (
              <>
                <Text size="sm">
                  Counts of active members only, never names. Departments with fewer than {minimumGroupSize} people are
                  grouped together, and a group that small shows no figures.
                </Text>
                <Table.ScrollContainer minWidth={520}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Department</Table.Th>
                        <Table.Th scope="col" ta="right">
                          Members
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          At least half complete
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          Average
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          Median
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {departments.map((row) => (
                        <Table.Tr key={row.department ?? '(pooled)'}>
                          <Table.Th scope="row" fw={500}>
                            {row.label}
                            {row.department == null && (
                              <Text span size="xs" c="dimmed" display="block">
                                {row.departments} {row.departments === 1 ? 'department' : 'departments'}
                              </Text>
                            )}
                          </Table.Th>
                          {row.members == null ? (
                            <Table.Td colSpan={4} ta="right">
                              <Text span size="sm" c="dimmed">
                                Fewer than {minimumGroupSize} people: no figures
                              </Text>
                            </Table.Td>
                          ) : (
                            <>
                              <Table.Td ta="right">{row.members}</Table.Td>
                              <Table.Td ta="right">{row.atLeastHalf}</Table.Td>
                              <Table.Td ta="right">{percent(row.averageScore)}</Table.Td>
                              <Table.Td ta="right">{percent(row.medianScore)}</Table.Td>
                            </>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
