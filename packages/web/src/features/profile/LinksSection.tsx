import { LINK_KINDS, LINK_LIMITS, normalizeLinks, validateLinks, type LinkKind } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { EditableSection, ExternalLink, ListRowActions } from './EditableSection';
import { SetLinksMutation } from './operations';

type Links = ProfileFieldsFragment['links']['nodes'];

function LinksEditor({ links, onDone }: { links: Links; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const kinds = Object.values(LINK_KINDS).map((value) => ({ value, label: t(`profile.links.kinds.${value}`) }));
  const [setLinks, { loading }] = useMutation(SetLinksMutation);
  const form = useForm({
    initialValues: { links: links.map(({ kind, url, label }) => ({ kind, url, label: label ?? '' })) },
    validate: (values) => clientErrors(validateLinks(normalizeLinks(values.links)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async ({ links: list }) => {
    const input = { links: list.map((link) => ({ ...link, label: link.label || null })) };
    if (await send(async () => (await setLinks({ variables: { input } })).data?.setLinks)) onDone();
  });
  const rows = form.values.links;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        {rows.map((row, index) => (
          <Group key={index} align="flex-end" wrap="wrap" gap="xs">
            <Select
              label={t('profile.links.kind', { n: index + 1 })}
              data={kinds}
              allowDeselect={false}
              style={{ flex: '1 1 9rem' }}
              {...form.getInputProps(`links.${index}.kind`)}
            />
            <TextInput
              label={t('profile.links.url', { n: index + 1 })}
              placeholder="https://"
              type="url"
              style={{ flex: '2 1 14rem' }}
              {...form.getInputProps(`links.${index}.url`)}
            />
            <TextInput
              label={t('profile.links.label', { n: index + 1 })}
              maxLength={LINK_LIMITS.label}
              style={{ flex: '1 1 9rem' }}
              {...form.getInputProps(`links.${index}.label`)}
            />
            <ListRowActions
              name={row.label || row.url || String(index + 1)}
              index={index}
              count={rows.length}
              onMove={(from, to) => form.reorderListItem('links', { from, to })}
              onRemove={(at) => form.removeListItem('links', at)}
            />
          </Group>
        ))}
        {form.errors.links && (
          <Text c="red" size="sm" role="alert">
            {form.errors.links}
          </Text>
        )}
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            disabled={rows.length >= LINK_LIMITS.perMember}
            onClick={() => form.insertListItem('links', { kind: LINK_KINDS.WEB_CV as LinkKind, url: '', label: '' })}
          >
            {t('profile.links.add')}
          </Button>
        </Group>
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Section LINKS: online CV, portfolio, social accounts, in the member's order. */
export function LinksSection({ links, editable }: { links: Links; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      title={t('profile.links.title')}
      editLabel={t('profile.links.edit')}
      emptyText={t('profile.links.empty')}
      editable={editable}
      empty={links.length === 0}
      editor={(done) => <LinksEditor links={links} onDone={done} />}
    >
      <Stack gap={4} data-testid="profile-links">
        {links.map((link) => (
          <Text key={link.url} style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed">
              {t(`profile.links.kinds.${link.kind}`)}
              {' · '}
            </Text>
            <ExternalLink href={link.url}>{link.label ?? link.url}</ExternalLink>
          </Text>
        ))}
      </Stack>
    </EditableSection>
  );
}
