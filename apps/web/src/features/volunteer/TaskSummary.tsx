import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { VolunteerTaskSummaryFragment } from '../../gql/graphql';
import { formatDate, hours, levelLabel, TASK_KINDS } from './labels';

/**
 * What a task asks of a volunteer: kind, effort, when and where, and the skills it
 * needs (marked when my profile falls short of the level).
 */
export function TaskSummary({
  task,
  mySkillLevels,
}: {
  task: VolunteerTaskSummaryFragment;
  /** My levels by skill id, to say which requirements I meet. */
  mySkillLevels?: Map<string, number>;
}) {
  const when = [
    task.startsAt && `starts ${formatDate(task.startsAt)}`,
    task.dueAt && `due ${formatDate(task.dueAt)}`,
  ].filter(Boolean);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="light">{TASK_KINDS[task.kind]}</Badge>
        <Text size="sm">{hours(task.effortHours)} of work</Text>
        <Text size="sm">· {task.remote ? 'Remote' : (task.location ?? 'On site')}</Text>
        {when.length > 0 && <Text size="sm">· {when.join(', ')}</Text>}
        <Text size="sm">
          · {task.seatsFree} of {task.seats} {task.seats === 1 ? 'place' : 'places'} free
        </Text>
      </Group>
      {task.requiredSkills.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            What you would need
          </Text>
          <List size="sm" spacing={2}>
            {task.requiredSkills.map((r) => {
              const mine = mySkillLevels?.get(r.skill.id);
              const gap =
                mySkillLevels === undefined
                  ? ''
                  : mine === undefined
                    ? ' — not on your profile yet'
                    : mine < r.minLevel
                      ? ` — you have ${levelLabel(mine)}`
                      : ' — you have this';
              return (
                <List.Item key={r.skill.id}>
                  {r.skill.name}, at least {levelLabel(r.minLevel)}
                  {gap}
                </List.Item>
              );
            })}
          </List>
        </div>
      )}
    </Stack>
  );
}
