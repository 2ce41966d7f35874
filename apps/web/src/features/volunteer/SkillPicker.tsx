import { skipToken, useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { LookupSkillsQuery } from './operations';

export interface PickedSkill {
  id: string;
  name: string;
}

/**
 * A typeahead over the skills taxonomy (the API's lookupSkills, typos tolerated):
 * type, move with the arrow keys, choose with Enter. Skills already chosen are left out.
 */
export function SkillPicker({
  label,
  description,
  exclude,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  exclude: ReadonlySet<string>;
  value: PickedSkill | null;
  onChange: (skill: PickedSkill | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const typedEnough = debounced.length >= 2;
  const { data, loading } = useQuery(
    LookupSkillsQuery,
    typedEnough ? { variables: { name: debounced }, fetchPolicy: 'cache-first' } : skipToken,
  );
  const found = (typedEnough ? (data?.lookupSkills ?? []) : []).filter((s) => !exclude.has(s.id));
  const options = value && !found.some((s) => s.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={label}
      description={description}
      placeholder="Start typing, e.g. “photography”"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={options.map((s) => ({ value: s.id, label: s.name }))}
      // The API has already ranked and filtered the matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={
        !typedEnough ? 'Type at least 2 letters' : loading ? 'Searching…' : 'No skill by that name — try another word'
      }
      onChange={(id) => onChange(options.find((s) => s.id === id) ?? null)}
      comboboxProps={{ withinPortal: true }}
      w="100%"
      maw={360}
    />
  );
}
