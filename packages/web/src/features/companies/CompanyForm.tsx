import { useMutation } from '@apollo/client/react';
import {
  COMPANY_SIZES,
  JOB_LIMITS,
  normalizeCompany,
  slugify,
  validateCompany,
  type CompanyFields,
  type CompanySize,
} from '@carnet/shared';
import { NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { CreateCompanyMutation, UpdateCompanyMutation } from './operations';

function initialValues(company?: CompanyFieldsFragment) {
  return {
    name: company?.name ?? '',
    slug: company?.slug ?? '',
    description: company?.description ?? '',
    industry: company?.industry ?? '',
    size: (company?.size ?? null) as CompanySize | null,
    headquarters: {
      city: company?.headquarters?.city ?? '',
      region: company?.headquarters?.region ?? '',
      country: company?.headquarters?.country ?? '',
    },
    locations: company?.locations ?? [],
    website: company?.website ?? '',
    foundedYear: (company?.foundedYear ?? '') as number | string,
  };
}

type Values = ReturnType<typeof initialValues>;

/** The form's values as the API takes them (and as the shared rules check them). */
function fieldsOf(values: Values): CompanyFields {
  return { ...values, foundedYear: values.foundedYear === '' ? null : Number(values.foundedYear) };
}

/** Problems about one of the other locations are shown under the locations input. */
function onLocations(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field.startsWith('locations.') ? 'locations' : field, message]),
  );
}

/**
 * Creates a company page (no `company`) or changes one. The address is offered from the name until it is typed
 * in; the shared rules check each field as it is left, the slug as it is typed, and the server's userErrors
 * (such as an address already taken) land beside their fields.
 */
export function CompanyForm({
  company,
  onDone,
  onCancel,
}: {
  company?: CompanyFieldsFragment;
  onDone: (company: CompanyFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  // A new page is one more of "my companies": that list is read again when next shown.
  const [create, creating] = useMutation(CreateCompanyMutation, {
    update: (cache) => void cache.evict({ id: 'ROOT_QUERY', fieldName: 'myCompanies' }),
  });
  const [update, updating] = useMutation(UpdateCompanyMutation);
  const [slugEdited, setSlugEdited] = useState(company !== undefined);
  const form = useForm({
    initialValues: initialValues(company),
    validateInputOnBlur: true,
    validateInputOnChange: ['slug'],
    validate: (values) =>
      onLocations(clientErrors(validateCompany(normalizeCompany(fieldsOf(values))), currentLocale(i18n.language))),
  });
  const { formErrors, send } = useUserErrorForm({ setErrors: (errors) => form.setErrors(onLocations(errors)) });

  const submit = form.onSubmit(async (values) => {
    const input = fieldsOf(values);
    const payload = await send(async () =>
      company
        ? (await update({ variables: { input: { ...input, companyId: company.id } } })).data?.updateCompany
        : (await create({ variables: { input } })).data?.createCompany,
    );
    if (payload?.company) onDone(payload.company);
  });
  const label = (name: string) => t(`companies.fields.${name}`);
  const nameProps = form.getInputProps('name');
  const slugProps = form.getInputProps('slug');

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <TextInput
          label={label('name')}
          required
          maxLength={JOB_LIMITS.companyName}
          {...nameProps}
          onChange={(event) => {
            nameProps.onChange(event);
            if (!slugEdited) form.setFieldValue('slug', slugify(event.currentTarget.value));
          }}
        />
        <TextInput
          label={label('slug')}
          description={t('companies.slugHint', { slug: form.values.slug || 'atelier-dupont' })}
          required
          maxLength={JOB_LIMITS.companySlugMax}
          {...slugProps}
          onChange={(event) => {
            setSlugEdited(true);
            slugProps.onChange(event);
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={label('industry')}
            maxLength={JOB_LIMITS.companyPlace}
            {...form.getInputProps('industry')}
          />
          <Select
            label={label('size')}
            clearable
            data={Object.values(COMPANY_SIZES).map((value) => ({ value, label: t(`companies.sizes.${value}`) }))}
            {...form.getInputProps('size')}
          />
        </SimpleGrid>
        <Textarea
          label={label('description')}
          autosize
          minRows={4}
          maxLength={JOB_LIMITS.companyDescription}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={label('city')}
            maxLength={JOB_LIMITS.companyPlace}
            {...form.getInputProps('headquarters.city')}
          />
          <TextInput
            label={label('region')}
            maxLength={JOB_LIMITS.companyPlace}
            {...form.getInputProps('headquarters.region')}
          />
          <TextInput
            label={label('country')}
            description={t('companies.countryHint')}
            maxLength={2}
            {...form.getInputProps('headquarters.country')}
          />
        </SimpleGrid>
        <TagsInput
          label={label('locations')}
          description={t('companies.locationsHint')}
          maxTags={JOB_LIMITS.companyLocations}
          {...form.getInputProps('locations')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={label('website')}
            type="url"
            placeholder="https://"
            maxLength={JOB_LIMITS.companyWebsite}
            {...form.getInputProps('website')}
          />
          <NumberInput
            label={label('foundedYear')}
            allowDecimal={false}
            allowNegative={false}
            max={new Date().getFullYear()}
            clampBehavior="none"
            {...form.getInputProps('foundedYear')}
          />
        </SimpleGrid>
        <FormActions loading={creating.loading || updating.loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
