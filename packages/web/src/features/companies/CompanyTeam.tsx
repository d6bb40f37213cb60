import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { COMPANY_ROLES, type CompanyRole } from '@carnet/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../auth/useViewer';
import { describeError } from '../../errors';
import {
  CompanyPeopleQuery,
  MemberByHandleQuery,
  RemoveCompanyRoleMutation,
  SetCompanyRoleMutation,
} from './operations';

const ROLES = Object.values(COMPANY_ROLES);
const refetchQueries = ['CompanyPeople', 'CompanyPage', 'MyCompanies'];

/** "https://carnet.fr/in/lea-martin", "@lea-martin" or "lea-martin": the handle of a profile address. */
function handleOf(typed: string): string {
  return typed
    .trim()
    .replace(/^.*\/in\//, '')
    .replace(/^@/, '')
    .replace(/[/?#].*$/, '')
    .toLowerCase();
}

function AddPersonForm({ companyId, onError }: { companyId: string; onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [setRole, { loading }] = useMutation(SetCompanyRoleMutation, { refetchQueries });
  const [handle, setHandle] = useState('');
  const [role, setRoleChoice] = useState<CompanyRole>('RECRUITER');
  const [handleError, setHandleError] = useState<string | null>(null);
  const add = async () => {
    onError(null);
    setHandleError(null);
    try {
      const { data } = await client.query({ query: MemberByHandleQuery, variables: { handle: handleOf(handle) } });
      if (!data?.member) return setHandleError(t('companies.team.noMember'));
      const result = await setRole({ variables: { input: { companyId, memberId: data.member.id, role } } });
      const [problem] = result.data?.setCompanyRole.userErrors ?? [];
      if (problem) return onError(problem.message);
      setHandle('');
    } catch (error) {
      onError(describeError(error, t));
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (handleOf(handle)) void add();
      }}
    >
      <Group align="flex-end" wrap="wrap" gap="xs">
        <TextInput
          label={t('companies.team.handle')}
          description={t('companies.team.handleHint')}
          value={handle}
          error={handleError}
          onChange={(event) => setHandle(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Select
          label={t('companies.team.role')}
          data={ROLES.map((value) => ({ value, label: t(`companies.roles.${value}`) }))}
          value={role}
          allowDeselect={false}
          onChange={(value) => value && setRoleChoice(value as CompanyRole)}
          w={160}
        />
        <Button type="submit" loading={loading} leftSection={<IconUserPlus size={16} />}>
          {t('companies.team.add')}
        </Button>
      </Group>
    </form>
  );
}

/**
 * The admins and recruiters of the page, shown to them. Admins change roles, add people by the address of their
 * profile and remove them; anyone here may leave. The API keeps the last admin and says so.
 */
export function CompanyTeam({ company }: { company: { id: string; slug: string; viewerRole?: CompanyRole | null } }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data } = useQuery(CompanyPeopleQuery, { variables: { slug: company.slug } });
  const [setRole] = useMutation(SetCompanyRoleMutation, { refetchQueries });
  const [removeRole] = useMutation(RemoveCompanyRoleMutation, { refetchQueries });
  const [error, setError] = useState<string | null>(null);
  const admin = company.viewerRole === 'ADMIN';
  const people = data?.company?.people.edges ?? [];

  const report = async (run: () => Promise<readonly { message: string }[] | undefined>) => {
    setError(null);
    try {
      setError((await run())?.[0]?.message ?? null);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };
  const change = (memberId: string, role: CompanyRole) =>
    report(
      async () =>
        (await setRole({ variables: { input: { companyId: company.id, memberId, role } } })).data?.setCompanyRole
          .userErrors,
    );
  const remove = (memberId: string) =>
    report(
      async () =>
        (await removeRole({ variables: { input: { companyId: company.id, memberId } } })).data?.removeCompanyRole
          .userErrors,
    );

  return (
    <Card withBorder padding="lg" data-testid="company-team">
      <Stack>
        <Title order={2} fz="h4">
          {t('companies.team.title')}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {people.map(({ role, node }) => {
            const self = node.id === viewer?.id;
            return (
              <Group key={node.id} component="li" justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`/in/${node.handle}`} fw={600}>
                  {node.displayName}
                </Anchor>
                <Group gap="xs" wrap="nowrap">
                  {admin ? (
                    <Select
                      aria-label={t('companies.team.roleOf', { name: node.displayName })}
                      data={ROLES.map((value) => ({ value, label: t(`companies.roles.${value}`) }))}
                      value={role}
                      allowDeselect={false}
                      onChange={(value) => value && value !== role && void change(node.id, value as CompanyRole)}
                      w={160}
                    />
                  ) : (
                    <Badge variant="light">{t(`companies.roles.${role}`)}</Badge>
                  )}
                  {(admin || self) && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t(self ? 'companies.team.leave' : 'companies.team.remove', {
                        name: node.displayName,
                      })}
                      onClick={() => void remove(node.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Group>
              </Group>
            );
          })}
        </Stack>
        {admin && <AddPersonForm companyId={company.id} onError={setError} />}
        {!admin && (
          <Text size="sm" c="dimmed">
            {t('companies.team.recruiterHint')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
