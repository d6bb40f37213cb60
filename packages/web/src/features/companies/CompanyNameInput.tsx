import { useQuery } from '@apollo/client/react';
import { Avatar, Combobox, Group, Text, TextInput, useCombobox, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CompanySuggestionsQuery } from './operations';

/** Suggestions start with this many characters typed. */
const MIN_QUERY = 2;

export interface PickedCompany {
  id: string;
  name: string;
}

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  /** The page chosen among the suggestions; null once the name is typed again. */
  company: PickedCompany | null;
  onChange: (name: string, company: PickedCompany | null) => void;
}

/**
 * A company name with the company pages whose name matches suggested as it is typed. Choosing one links to that
 * page; a name typed freely is kept as written (the API still links it when exactly one page has that name).
 */
export function CompanyNameInput({ value, company, onChange, description, ...inputProps }: Props) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query] = useDebouncedValue(value.trim(), 200);
  // Asked only while the field is in use: a form opened on a saved job asks nothing.
  const asking = combobox.dropdownOpened && query.length >= MIN_QUERY;
  const { data } = useQuery(CompanySuggestionsQuery, { variables: { query }, skip: !asking });
  const suggestions = asking ? (data?.companies.nodes ?? []) : [];

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const chosen = suggestions.find((suggestion) => suggestion.id === id);
        if (chosen) onChange(chosen.name, { id: chosen.id, name: chosen.name });
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          {...inputProps}
          value={value}
          autoComplete="off"
          description={company ? t('companies.experience.linked', { name: company.name }) : description}
          rightSection={company ? <IconBuilding size={16} aria-hidden /> : null}
          onChange={(event) => {
            onChange(event.currentTarget.value, null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={suggestions.length === 0}>
        <Combobox.Options aria-label={t('companies.experience.suggestions')}>
          {suggestions.map((suggestion) => (
            <Combobox.Option value={suggestion.id} key={suggestion.id}>
              <Group gap="xs" wrap="nowrap">
                <Avatar src={suggestion.logo?.url ?? null} size="sm" radius="sm" color="carnet" alt="" aria-hidden>
                  {suggestion.name[0]?.toUpperCase()}
                </Avatar>
                <Text size="sm">{suggestion.name}</Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
