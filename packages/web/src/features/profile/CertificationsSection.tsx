import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../format';
import { EntrySection } from './CareerSections';
import { CertificationForm, type Certification } from './CertificationForm';
import { ExternalLink } from './EditableSection';
import { MemberProfileQuery, RemoveCertificationMutation } from './operations';

/** Section CERTIFICATIONS: the latest issued first, each with its proof when the member gave one. */
export function CertificationsSection({
  certifications,
  editable,
}: {
  certifications: readonly Certification[];
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [remove] = useMutation(RemoveCertificationMutation, { refetchQueries: [MemberProfileQuery] });
  const dates = (c: Certification) =>
    [
      t('profile.certifications.issued', { month: formatMonth(c.issueMonth, i18n.language) }),
      c.expiryMonth && t('profile.certifications.expires', { month: formatMonth(c.expiryMonth, i18n.language) }),
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <EntrySection
      title={t('profile.certifications.title')}
      addLabel={t('profile.certifications.add')}
      entries={certifications}
      editable={editable}
      remove={(c: Certification) => void remove({ variables: { input: { id: c.id } } })}
      form={(c, done) => <CertificationForm certification={c} onDone={done} />}
      nameOf={(c: Certification) => c.name}
      render={(c: Certification) => (
        <>
          <Text fw={600}>{c.name}</Text>
          {c.issuingOrganization && <Text>{c.issuingOrganization}</Text>}
          <Text size="sm" c="dimmed">
            {dates(c)}
          </Text>
          {c.credentialId && (
            <Text size="sm" c="dimmed">
              {t('profile.certifications.credentialIdShown', { id: c.credentialId })}
            </Text>
          )}
          {c.credentialUrl && (
            <Text size="sm">
              <ExternalLink href={c.credentialUrl}>{t('profile.certifications.showCredential')}</ExternalLink>
            </Text>
          )}
        </>
      )}
    />
  );
}
