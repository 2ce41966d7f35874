import { useQuery } from '@apollo/client/react';
import { Badge, MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { AmbassadorCallStatus, CommsTaskKind, CommsTaskStatus, SignUpStatus } from '../../gql/graphql';
import { describeError } from '../../shared';
import { CommsLookupSkillsQuery, CommsMemberQuery } from './operations';

/** A link to someone else's (or no) object: the app's not-found page. */
export function isMissing(error: unknown): boolean {
  const code = describeError(error).code;
  return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
}

export const SIGN_UP_STAGES: readonly SignUpStatus[] = [
  'APPLIED',
  'TALKED',
  'ACTIVE',
  'PAUSED',
  'WITHDRAWN',
  'DECLINED',
];

/** Where a sign-up may go next (the API's pipeline; it stays the authority). */
export const SIGN_UP_MOVES: Readonly<Record<SignUpStatus, readonly SignUpStatus[]>> = {
  APPLIED: ['TALKED', 'DECLINED', 'WITHDRAWN'],
  TALKED: ['ACTIVE', 'DECLINED', 'WITHDRAWN'],
  ACTIVE: ['PAUSED', 'WITHDRAWN'],
  PAUSED: ['ACTIVE', 'WITHDRAWN'],
  WITHDRAWN: [],
  DECLINED: [],
};

export const STAGE_LABEL: Record<SignUpStatus, string> = {
  APPLIED: 'Applied',
  TALKED: 'Talked',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  WITHDRAWN: 'Withdrawn',
  DECLINED: 'Declined',
};

/** The button that moves a sign-up into a stage. */
export const MOVE_LABEL: Record<SignUpStatus, string> = {
  APPLIED: 'Back to applied',
  TALKED: 'Mark as talked',
  ACTIVE: 'Activate',
  PAUSED: 'Pause',
  WITHDRAWN: 'Mark as withdrawn',
  DECLINED: 'Decline',
};

export const CALL_STATUS_LABEL: Record<AmbassadorCallStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  CLOSED: 'Closed',
};

export const TASK_STATUS_LABEL: Record<CommsTaskStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  FILLED: 'Filled',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export const TASK_KIND_LABEL: Record<CommsTaskKind, string> = {
  CONTENT_CREATION: 'Content creation',
  CONTENT_TIDY_UP: 'Content tidy-up',
  SOCIAL_ACCOUNT: 'Social media account',
  WORKSHOP: 'Workshop',
  OTHER: 'Other',
};

export const SKILL_LEVELS = [
  { value: '1', label: '1 · Aware' },
  { value: '2', label: '2 · Beginner' },
  { value: '3', label: '3 · Competent' },
  { value: '4', label: '4 · Proficient' },
  { value: '5', label: '5 · Expert' },
];

const STATUS_COLOUR: Record<string, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  CLOSED: 'dark',
  FILLED: 'blue',
  DONE: 'teal',
  CANCELLED: 'red',
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge color={STATUS_COLOUR[status] ?? 'gray'} variant="light">
      {label}
    </Badge>
  );
}

/** A member's name from their id (cached by Apollo, so each person is fetched once). */
export function useMemberName(id: string | undefined, fallback = 'this volunteer'): string {
  const { data, error } = useQuery(CommsMemberQuery, { variables: { id: id ?? '' }, skip: !id });
  if (data) return data.member.user.displayName;
  return error ? 'A former member' : fallback;
}

export function MemberName({ id }: { id: string }) {
  return <>{useMemberName(id, '…')}</>;
}

/** "12 Mar 2026", or null-safe. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export interface SkillOption {
  id: string;
  name: string;
}

/**
 * Pick skills from the taxonomy: type to search (typos tolerated by the API).
 * `value` holds the chosen skills, so their names stay known while searching.
 */
export function SkillPicker({
  value,
  onChange,
  ...props
}: { value: SkillOption[]; onChange: (skills: SkillOption[]) => void } & Omit<
  MultiSelectProps,
  'value' | 'onChange' | 'data'
>) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data } = useQuery(CommsLookupSkillsQuery, {
    variables: { name: debounced },
    skip: debounced.length < 2,
  });
  const options = useMemo(() => {
    const byId = new Map<string, SkillOption>();
    for (const skill of value) byId.set(skill.id, skill);
    for (const skill of data?.lookupSkills ?? []) byId.set(skill.id, skill);
    return [...byId.values()];
  }, [value, data]);
  return (
    <MultiSelect
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.length < 2 ? 'Type at least two letters' : 'No skill by that name'}
      data={options.map((o) => ({ value: o.id, label: o.name }))}
      value={value.map((v) => v.id)}
      onChange={(ids) => onChange(ids.map((id) => options.find((o) => o.id === id)!).filter(Boolean))}
      {...props}
    />
  );
}

/** ISO (or null) from a datetime-local input's value. */
export function isoFromLocal(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A datetime-local input's value from ISO. */
export function localFromIso(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
