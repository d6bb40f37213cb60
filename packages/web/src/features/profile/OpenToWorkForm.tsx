import {
  currentMonth,
  normalizeOpenToWork,
  OPEN_TO_WORK_CONTRACT_TYPES,
  OPEN_TO_WORK_LIMITS,
  USER_ERROR_CODES,
  validateOpenToWork,
  WORKPLACE_TYPES,
  type OpenToWorkFields,
} from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Checkbox, Group, Radio, SegmentedControl, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ContractType, OpenToWorkAudience, OpenToWorkFieldsFragment, WorkplaceType } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { SetOpenToWorkMutation } from './operations';

type Availability = 'NOW' | 'FROM';
type Values = Omit<OpenToWorkFields, 'availableFrom'> & { availability: Availability; availableFrom: string };

function initialValues(signal: OpenToWorkFieldsFragment | null): Values {
  return {
    jobTitles: signal?.jobTitles ?? [],
    locations: signal?.locations ?? [],
    contractTypes: signal?.contractTypes ?? [],
    workplaceTypes: signal?.workplaceTypes ?? [],
    availability: signal?.availableFrom ? 'FROM' : 'NOW',
    availableFrom: signal?.availableFrom ?? '',
    visibleTo: signal?.visibleTo ?? 'ALL_MEMBERS',
  };
}

/** What is sent: a start month only when the member chose one. */
function toFields({ availability, availableFrom, ...values }: Values): OpenToWorkFields {
  return normalizeOpenToWork({ ...values, availableFrom: availability === 'FROM' ? availableFrom : null });
}

function validate(values: Values) {
  const errors = validateOpenToWork(toFields(values));
  if (values.availability === 'FROM' && !values.availableFrom.trim()) {
    errors.push({ field: 'availableFrom', code: USER_ERROR_CODES.REQUIRED });
  }
  return errors;
}

/** Turns the "open to work" signal on, or changes it. */
export function OpenToWorkForm({ signal, onDone }: { signal: OpenToWorkFieldsFragment | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [save, { loading }] = useMutation(SetOpenToWorkMutation);
  const form = useForm<Values>({
    initialValues: initialValues(signal),
    validate: (values) => clientErrors(validate(values), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (values) => {
    const fields = toFields(values);
    const input = {
      ...fields,
      contractTypes: fields.contractTypes as ContractType[],
      workplaceTypes: fields.workplaceTypes as WorkplaceType[],
      visibleTo: fields.visibleTo as OpenToWorkAudience,
    };
    if (await send(async () => (await save({ variables: { input } })).data?.setOpenToWork)) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <TagsInput
          label={t('openToWork.jobTitles')}
          description={t('openToWork.jobTitlesHint', { max: OPEN_TO_WORK_LIMITS.jobTitles })}
          required
          maxTags={OPEN_TO_WORK_LIMITS.jobTitles}
          maxLength={OPEN_TO_WORK_LIMITS.text}
          {...form.getInputProps('jobTitles')}
        />
        <TagsInput
          label={t('openToWork.locations')}
          description={t('openToWork.locationsHint', { max: OPEN_TO_WORK_LIMITS.locations })}
          maxTags={OPEN_TO_WORK_LIMITS.locations}
          maxLength={OPEN_TO_WORK_LIMITS.text}
          {...form.getInputProps('locations')}
        />
        <Checkbox.Group label={t('openToWork.contractTypes')} required {...form.getInputProps('contractTypes')}>
          <Group mt="xs" gap="md">
            {OPEN_TO_WORK_CONTRACT_TYPES.map((type) => (
              <Checkbox key={type} value={type} label={t(`contractTypes.${type}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('openToWork.workplaceTypes')}
          description={t('openToWork.workplaceTypesHint')}
          {...form.getInputProps('workplaceTypes')}
        >
          <Group mt="xs" gap="md">
            {Object.values(WORKPLACE_TYPES).map((type) => (
              <Checkbox key={type} value={type} label={t(`workplaceTypes.${type}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="open-to-work-availability">
            {t('openToWork.availability')}
          </Text>
          <SegmentedControl
            aria-labelledby="open-to-work-availability"
            data={(['NOW', 'FROM'] as const).map((value) => ({ value, label: t(`openToWork.start.${value}`) }))}
            {...form.getInputProps('availability')}
          />
          {form.values.availability === 'FROM' && (
            <TextInput
              type="month"
              label={t('openToWork.availableFrom')}
              required
              min={currentMonth()}
              {...form.getInputProps('availableFrom')}
            />
          )}
        </Stack>
        <Radio.Group
          label={t('openToWork.visibleTo')}
          description={t('openToWork.visibleToHint')}
          {...form.getInputProps('visibleTo')}
        >
          <Stack mt="xs" gap="xs">
            <Radio value="ALL_MEMBERS" label={t('openToWork.audiences.ALL_MEMBERS')} />
            <Radio value="RECRUITERS_ONLY" label={t('openToWork.audiences.RECRUITERS_ONLY')} />
          </Stack>
        </Radio.Group>
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
