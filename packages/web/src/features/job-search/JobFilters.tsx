import { Button, Checkbox, Group, NumberInput, Radio, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobSearchQuery } from '../../gql/graphql';
import type { JobSearchState, ListFilter } from './searchParams';

type Facets = NonNullable<JobSearchQuery['jobSearch']['facets']>;
type Change = (patch: Partial<JobSearchState>) => void;

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** A facet as checkboxes with counts; values ticked in the search stay listed even when their count is 0. */
function FacetGroup({
  title,
  options,
  selected,
  onChange,
}: {
  title: string;
  options: FacetOption[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  if (!options.length && !selected.length) return null;
  return (
    <Checkbox.Group label={title} value={selected} onChange={onChange}>
      <Stack gap={6} mt={6}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            value={option.value}
            label={
              <Group gap={6} wrap="nowrap">
                <span>{option.label}</span>
                <Text span size="xs" c="dimmed">
                  ({option.count})
                </Text>
              </Group>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function withSelected(
  counts: { value: string; count: number }[],
  selected: string[],
  label: (value: string) => string,
) {
  const listed = new Map(counts.map((c) => [c.value, c.count]));
  for (const value of selected) if (!listed.has(value)) listed.set(value, 0);
  return [...listed].map(([value, count]) => ({ value, count, label: label(value) }));
}

/** Every filter of the job search with its facet counts (each counted with the other filters applied). */
export function JobFilters({
  state,
  facets,
  signedIn,
  onChange,
}: {
  state: JobSearchState;
  facets: Facets | null;
  signedIn: boolean;
  onChange: Change;
}) {
  const { t } = useTranslation();
  const facet = (key: ListFilter, counts: { value: string; count: number }[], label: (value: string) => string) => (
    <FacetGroup
      title={t(`jobSearch.filters.${key}`)}
      options={withSelected(counts, state[key], label)}
      selected={state[key]}
      onChange={(values) => onChange({ [key]: values })}
    />
  );
  const companyNames = new Map(facets?.companies.map((company) => [company.id, company.name]));
  const posted = new Map(facets?.postedWithin.map((p) => [p.value, p.count]));
  return (
    <Stack gap="lg" component="section" aria-label={t('jobSearch.filters.title')}>
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('jobSearch.filters.title')}
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() =>
            onChange({
              contractTypes: [],
              workplaceTypes: [],
              seniorities: [],
              jobFunctions: [],
              companyIds: [],
              locations: [],
              salaryAtLeast: null,
              postedWithin: null,
              inMyNetwork: false,
            })
          }
        >
          {t('jobSearch.filters.clear')}
        </Button>
      </Group>
      <TagsInput
        label={t('jobSearch.filters.locations')}
        description={t('jobSearch.filters.locationsHint')}
        value={state.locations}
        onChange={(locations) => onChange({ locations })}
        data={facets?.locations.map((location) => location.value) ?? []}
        maxTags={20}
        clearable
      />
      {facets && facets.locations.length > 0 && (
        <Text size="xs" c="dimmed">
          {facets.locations.map((location) => `${location.value} (${location.count})`).join(' · ')}
        </Text>
      )}
      {facet('contractTypes', facets?.contractTypes ?? [], (v) => t(`contractTypes.${v}`))}
      {facet('workplaceTypes', facets?.workplaceTypes ?? [], (v) => t(`workplaceTypes.${v}`))}
      <Radio.Group
        label={t('jobSearch.filters.postedWithin')}
        value={state.postedWithin ?? 'ANY'}
        onChange={(value) =>
          onChange({ postedWithin: value === 'ANY' ? null : (value as JobSearchState['postedWithin']) })
        }
      >
        <Stack gap={6} mt={6}>
          <Radio value="ANY" label={t('jobSearch.postedWithin.ANY')} />
          {(['DAY', 'WEEK', 'MONTH'] as const).map((value) => (
            <Radio
              key={value}
              value={value}
              label={`${t(`jobSearch.postedWithin.${value}`)} (${posted.get(value) ?? 0})`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <NumberInput
        label={t('jobSearch.filters.salaryAtLeast')}
        description={t('jobSearch.filters.salaryHint')}
        value={state.salaryAtLeast ?? ''}
        onChange={(value) => onChange({ salaryAtLeast: typeof value === 'number' && value > 0 ? value : null })}
        min={0}
        step={1000}
        thousandSeparator=" "
        suffix=" €"
      />
      {facet('seniorities', facets?.seniorities ?? [], (v) => t(`jobs.seniority.${v}`))}
      {facet('jobFunctions', facets?.jobFunctions ?? [], (v) => t(`jobs.functions.${v}`))}
      {facet(
        'companyIds',
        facets?.companies.map((company) => ({ value: company.id, count: company.count })) ?? [],
        (id) => companyNames.get(id) ?? t('jobSearch.filters.otherCompany'),
      )}
      {signedIn && (
        <Switch
          label={t('jobSearch.filters.inMyNetwork')}
          checked={state.inMyNetwork}
          onChange={(event) => onChange({ inMyNetwork: event.currentTarget.checked })}
        />
      )}
    </Stack>
  );
}
