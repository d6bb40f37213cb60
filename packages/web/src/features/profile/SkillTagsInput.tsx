import { useQuery } from '@apollo/client/react';
import { TagsInput, type TagsInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { SkillSuggestionsQuery } from './operations';

/** Skill names as tags, with names from the skills catalogue suggested as one types. */
export function SkillTagsInput(props: Omit<TagsInputProps, 'data' | 'searchValue' | 'onSearchChange'>) {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 200);
  const { data } = useQuery(SkillSuggestionsQuery, { variables: { query }, skip: query.length < 2 });
  return <TagsInput {...props} searchValue={typed} onSearchChange={setTyped} data={data?.skillSuggestions ?? []} />;
}
