import { TOKEN_EXPIRY_DAYS, LIMITS } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { AccessTokensQuery, CreateAccessTokenMutation, RevokeAccessTokenMutation } from './operations';
import { SCOPE_NAMES, scopeValue, type ScopeName } from './scopes';

function NewTokenSecret({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={t('tokens.createdTitle')} icon={<IconAlertTriangle />}>
      <Stack gap="xs">
        <Text size="sm">{t('tokens.createdWarning')}</Text>
        <Group wrap="nowrap">
          <TextInput
            readOnly
            value={token}
            aria-label={t('tokens.createdTitle')}
            style={{ flex: 1 }}
            ff="monospace"
            data-testid="new-token"
          />
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'filled' : 'default'}>
                {copied ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const { t } = useTranslation();
  const [createToken, { loading }] = useMutation(CreateAccessTokenMutation, { refetchQueries: [AccessTokensQuery] });
  const form = useForm({
    initialValues: { name: '', scopes: ['READ_PROFILE'] as ScopeName[], expiresInDays: '90' },
  });
  const { formErrors, send } = useUserErrorForm(form);

  const submit = form.onSubmit(async (values) => {
    const expiresInDays = values.expiresInDays === 'never' ? null : Number(values.expiresInDays);
    const input = { name: values.name, scopes: values.scopes, expiresInDays };
    const payload = await send(async () => (await createToken({ variables: { input } })).data?.createAccessToken);
    if (payload?.token) {
      onCreated(payload.token);
      form.reset();
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <TextInput
          label={t('tokens.name')}
          placeholder={t('tokens.namePlaceholder')}
          maxLength={LIMITS.tokenName}
          required
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label={t('tokens.scopes')} required {...form.getInputProps('scopes')}>
          <Stack gap={6} mt="xs">
            {SCOPE_NAMES.map((name) => (
              <Checkbox
                key={name}
                value={name}
                label={
                  <span>
                    <code>{scopeValue(name)}</code> — {t(`tokens.scope.${scopeValue(name)}`)}
                  </span>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Select
          label={t('tokens.expiry')}
          allowDeselect={false}
          data={[
            ...TOKEN_EXPIRY_DAYS.map((days) => ({
              value: String(days),
              label: t('tokens.expiryDays', { count: days }),
            })),
            { value: 'never', label: t('tokens.expiryNever') },
          ]}
          {...form.getInputProps('expiresInDays')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function TokensPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('tokens.title'));
  const { data, fetchMore } = useQuery(AccessTokensQuery);
  const [revoke] = useMutation(RevokeAccessTokenMutation, { refetchQueries: [AccessTokensQuery] });
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const tokens = data?.account.accessTokens;
  const date = (value: string) => formatDate(value, i18n.language);

  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('tokens.title')}
      </Title>
      <Text>{t('tokens.intro')}</Text>
      {secret && <NewTokenSecret token={secret} />}
      <Card withBorder>
        <CreateTokenForm onCreated={setSecret} />
      </Card>
      <Title order={2} fz="h4">
        {t('tokens.listTitle')}
      </Title>
      {!tokens && <PageLoader />}
      {tokens?.edges.length === 0 && <Text c="dimmed">{t('tokens.empty')}</Text>}
      {tokens?.edges.map(({ node: token }) => {
        const expired = token.expiresAt !== null && new Date(token.expiresAt) <= new Date();
        return (
          <Card withBorder key={token.id} data-testid="token-row">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{token.name}</Text>
                  <Text ff="monospace" size="sm" c="dimmed">
                    {token.prefix}…
                  </Text>
                  {expired && <Badge color="red">{t('tokens.expired')}</Badge>}
                </Group>
                <Group gap={4}>
                  {token.scopes.map((scope) => (
                    <Badge key={scope} variant="light" tt="none" title={t(`tokens.scope.${scopeValue(scope)}`)}>
                      {scopeValue(scope)}
                    </Badge>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('tokens.created', { date: date(token.createdAt) })} ·{' '}
                  {token.lastUsedAt
                    ? t('tokens.lastUsed', { date: formatDateTime(token.lastUsedAt, i18n.language) })
                    : t('tokens.neverUsed')}{' '}
                  · {token.expiresAt ? t('tokens.expires', { date: date(token.expiresAt) }) : t('tokens.noExpiry')}
                </Text>
              </Stack>
              <Button
                color="red"
                variant="light"
                size="xs"
                onClick={() => setRevoking({ id: token.id, name: token.name })}
              >
                {t('tokens.revoke')}
              </Button>
            </Group>
          </Card>
        );
      })}
      {tokens?.pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => void fetchMore({ variables: { after: tokens.pageInfo.endCursor } })}>
          {t('tokens.loadMore')}
        </Button>
      )}
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('tokens.revokeTitle')}>
        <Text mb="md">{t('tokens.revokeBody', { name: revoking?.name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRevoking(null)}>
            {t('tokens.cancel')}
          </Button>
          <Button
            color="red"
            onClick={async () => {
              if (revoking) await revoke({ variables: { input: { id: revoking.id } } });
              setRevoking(null);
            }}
          >
            {t('tokens.revoke')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
