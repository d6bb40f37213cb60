import { useApolloClient, useMutation } from '@apollo/client/react';
import { Avatar, Card, Group, Image, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyFieldsFragment } from '../../gql/graphql';
import { MediaUploadButton } from '../profile/media/MediaUploadButton';
import { RemoveButton } from '../profile/media/ProfileMedia';
import { RemoveCompanyCoverMutation, RemoveCompanyLogoMutation } from './operations';

type Company = Pick<CompanyFieldsFragment, 'id' | 'name' | 'logo' | 'cover'>;

const uploadRoute = (company: Company, kind: 'logo' | 'cover') =>
  `/uploads/company/${encodeURIComponent(company.id)}/${kind}`;

/** After an upload the page is read again: the new image has a new address. */
function useRefetchCompany() {
  const client = useApolloClient();
  return () => void client.refetchQueries({ include: ['CompanyPage'] });
}

/** The company's logo, or its initial; its admins change or remove it here. */
export function CompanyLogo({ company, editable }: { company: Company; editable: boolean }) {
  const { t } = useTranslation();
  const refetch = useRefetchCompany();
  const [remove, { loading }] = useMutation(RemoveCompanyLogoMutation);
  return (
    <Stack gap={4} align="center">
      <Avatar
        size={96}
        radius="md"
        color="carnet"
        src={company.logo?.url ?? null}
        alt={company.logo ? t('companies.logoOf', { name: company.name }) : undefined}
      >
        {company.name[0]?.toUpperCase()}
      </Avatar>
      {editable && (
        <>
          <MediaUploadButton
            kind="PHOTO"
            route={uploadRoute(company, 'logo')}
            label={t('companies.changeLogo')}
            variant="default"
            size="xs"
            onUploaded={refetch}
          />
          {company.logo && (
            <RemoveButton
              label={t('companies.removeLogo')}
              loading={loading}
              onClick={() => void remove({ variables: { input: { companyId: company.id } } })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** The banner above the page; nothing for readers when there is none. */
export function CompanyCover({ company, editable }: { company: Company; editable: boolean }) {
  const { t } = useTranslation();
  const refetch = useRefetchCompany();
  const [remove, { loading }] = useMutation(RemoveCompanyCoverMutation);
  if (!company.cover && !editable) return null;
  return (
    <Card.Section mb="md">
      {company.cover ? (
        <Image src={company.cover.url} alt="" style={{ aspectRatio: '4', objectFit: 'cover' }} />
      ) : (
        <div style={{ aspectRatio: '8', background: 'var(--mantine-color-carnet-light)' }} />
      )}
      {editable && (
        <Group gap="xs" px="md" pt="xs">
          <MediaUploadButton
            kind="COVER"
            route={uploadRoute(company, 'cover')}
            label={t('companies.changeCover')}
            variant="default"
            size="xs"
            onUploaded={refetch}
          />
          {company.cover && (
            <RemoveButton
              label={t('companies.removeCover')}
              loading={loading}
              onClick={() => void remove({ variables: { input: { companyId: company.id } } })}
            />
          )}
        </Group>
      )}
    </Card.Section>
  );
}
