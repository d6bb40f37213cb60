import { checkNote, checkRejectionMessage, JOB_LIMITS, normalizeParagraphs, PIPELINE_STAGES } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  List,
  Menu,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../errors';
import { formatDate, formatDateTime, formatMonth } from '../../format';
import type { ApplicantFieldsFragment, ApplicationStage } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { ConnectionPaths } from '../network/ConnectionPaths';
import { AddApplicationNoteMutation, MoveApplicationMutation, RejectApplicationMutation } from './operations';
import { StageBadge } from './StatusBadge';

type Applicant = ApplicantFieldsFragment;
const REFETCH = { refetchQueries: ['Applicants'], awaitRefetchQueries: true };

function answerText(answer: Applicant['answers'][number], t: (key: string) => string, language: string): string {
  if (answer.yesNo !== null && answer.yesNo !== undefined)
    return t(answer.yesNo ? 'applications.apply.yes' : 'applications.apply.no');
  if (answer.number !== null && answer.number !== undefined)
    return new Intl.NumberFormat(language).format(answer.number);
  return answer.text ?? '';
}

function Snapshot({ snapshot }: { snapshot: Applicant['snapshot'] }) {
  const { t, i18n } = useTranslation();
  const months = (from: string, to: string | null | undefined) =>
    `${formatMonth(from, i18n.language)} – ${to ? formatMonth(to, i18n.language) : t('applications.applicants.now')}`;
  return (
    <Stack gap="xs">
      {snapshot.experiences.length > 0 && (
        <div>
          <Text fw={600} size="sm">
            {t('applications.applicants.experience')}
          </Text>
          <List size="sm" spacing={2}>
            {snapshot.experiences.map((job) => (
              <List.Item key={`${job.title}-${job.companyName}-${job.startMonth}`}>
                {t('personRow.position', { title: job.title, company: job.companyName })} ·{' '}
                {months(job.startMonth, job.endMonth)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {snapshot.education.length > 0 && (
        <div>
          <Text fw={600} size="sm">
            {t('applications.applicants.education')}
          </Text>
          <List size="sm" spacing={2}>
            {snapshot.education.map((school) => (
              <List.Item key={`${school.school}-${school.startYear}`}>
                {[school.school, school.degree, school.fieldOfStudy].filter(Boolean).join(' · ')}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {snapshot.languages.length > 0 && (
        <Text size="sm">
          {snapshot.languages.map((language) => `${language.code.toUpperCase()} (${language.proficiency})`).join(', ')}
        </Text>
      )}
      {snapshot.skills.length > 0 && (
        <Group gap={4}>
          {snapshot.skills.map((skill) => (
            <Badge key={skill} variant="outline" size="sm">
              {skill}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

function NoteForm({ application }: { application: Applicant }) {
  const { t, i18n } = useTranslation();
  const [addNote, { loading }] = useMutation(AddApplicationNoteMutation);
  const form = useForm({
    initialValues: { text: '' },
    validate: (values) => clientErrors(checkNote(normalizeParagraphs(values.text) ?? ''), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (values) => {
    const input = { id: application.id, text: values.text };
    if (await send(async () => (await addNote({ variables: { input } })).data?.addApplicationNote)) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlerts messages={formErrors} />
        <Textarea
          label={t('applications.applicants.newNote')}
          description={t('applications.applicants.notesPrivate')}
          autosize
          minRows={2}
          maxLength={JOB_LIMITS.recruiterNote}
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button type="submit" size="compact-sm" loading={loading}>
            {t('applications.applicants.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RejectModal({
  application,
  opened,
  onClose,
}: {
  application: Applicant;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [reject, { loading }] = useMutation(RejectApplicationMutation, REFETCH);
  const form = useForm({
    initialValues: { message: '' },
    validate: (values) =>
      clientErrors(checkRejectionMessage(normalizeParagraphs(values.message)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (values) => {
    const input = { id: application.id, message: values.message || null };
    if (await send(async () => (await reject({ variables: { input } })).data?.rejectApplication)) onClose();
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('applications.applicants.rejectTitle', { name: application.snapshot.displayName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <Textarea
            label={t('applications.applicants.rejectMessage')}
            description={t('applications.applicants.rejectMessageHint')}
            autosize
            minRows={3}
            maxLength={JOB_LIMITS.rejectionMessage}
            {...form.getInputProps('message')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('applications.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('applications.applicants.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function StageActions({ application }: { application: Applicant }) {
  const { t } = useTranslation();
  const [rejecting, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const [move, { loading }] = useMutation(MoveApplicationMutation, REFETCH);
  if (application.stage === 'WITHDRAWN') return null;
  const moveTo = async (stage: ApplicationStage) => {
    try {
      const { data } = await move({ variables: { input: { id: application.id, stage } } });
      setError(data?.moveApplication.userErrors[0]?.message ?? null);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };
  const targets = PIPELINE_STAGES.filter((stage) => stage !== application.stage && stage !== 'REJECTED');
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" size="compact-sm" rightSection={<IconChevronDown size={14} />} loading={loading}>
              {t('applications.applicants.moveTo')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {targets.map((stage) => (
              <Menu.Item key={stage} onClick={() => void moveTo(stage)}>
                {t(`applications.stage.${stage}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        {application.stage !== 'REJECTED' && (
          <Button variant="subtle" color="red" size="compact-sm" onClick={open}>
            {t('applications.applicants.reject')}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <RejectModal application={application} opened={rejecting} onClose={close} />
    </Stack>
  );
}

/** One applicant in the recruiter's pipeline: what they sent, how you are connected, and what you decide. */
export function ApplicantCard({ application }: { application: Applicant }) {
  const { t, i18n } = useTranslation();
  const [expanded, { toggle }] = useDisclosure(false);
  const { snapshot } = application;
  const path = application.connectionPath;
  return (
    <Card withBorder component="article" aria-label={snapshot.displayName}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Anchor component={Link} to={`/in/${application.applicant.handle}`} fw={600}>
              {snapshot.displayName}
            </Anchor>
            {snapshot.headline && <Text size="sm">{snapshot.headline}</Text>}
            <Text size="xs" c="dimmed">
              {t('applications.applicants.appliedOn', { date: formatDate(application.appliedAt, i18n.language) })}
            </Text>
          </div>
          <Stack gap={4} align="flex-end">
            {application.stage && <StageBadge stage={application.stage} />}
            <StageActions application={application} />
          </Stack>
        </Group>
        <Group gap="md" wrap="wrap">
          <Anchor href={application.cvUrl} download={application.cvFileName} size="sm">
            <Group gap={4} wrap="nowrap">
              <IconDownload size={16} aria-hidden />
              {t('applications.applicants.downloadCv', { name: application.cvFileName })}
            </Group>
          </Anchor>
          <Anchor href={`mailto:${application.contactEmail}`} size="sm">
            {application.contactEmail}
          </Anchor>
          {application.contactPhone && (
            <Anchor href={`tel:${application.contactPhone}`} size="sm">
              {application.contactPhone}
            </Anchor>
          )}
        </Group>
        {path && (
          <ConnectionPaths
            member={{ ...application.applicant, displayName: snapshot.displayName }}
            paths={[{ members: path.members }]}
          />
        )}
        {application.answers.length > 0 && (
          <Stack gap={2}>
            {application.answers.map((answer) => (
              <Text key={answer.question.id} size="sm">
                <Text span fw={600}>
                  {answer.question.prompt}
                </Text>{' '}
                {answerText(answer, t, i18n.language)}
              </Text>
            ))}
          </Stack>
        )}
        {application.coverLetter && (
          <div>
            <Text fw={600} size="sm">
              {t('applications.applicants.coverLetter')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {application.coverLetter}
            </Text>
          </div>
        )}
        <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={expanded} w="fit-content">
          {t(expanded ? 'applications.applicants.hideProfile' : 'applications.applicants.showProfile')}
        </Button>
        <Collapse expanded={expanded}>
          <Snapshot snapshot={snapshot} />
        </Collapse>
        {application.rejectionMessage && (
          <Alert color="gray" title={t('applications.applicants.sentMessage')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {application.rejectionMessage}
            </Text>
          </Alert>
        )}
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('applications.applicants.notes')}
          </Text>
          {(application.notes ?? []).map((note) => (
            <Text key={note.id} size="sm" style={{ whiteSpace: 'pre-line' }}>
              <Text span size="xs" c="dimmed">
                {note.author?.displayName ?? t('applications.applicants.formerMember')} ·{' '}
                {formatDateTime(note.createdAt, i18n.language)}
              </Text>
              <br />
              {note.text}
            </Text>
          ))}
          <NoteForm application={application} />
        </Stack>
      </Stack>
    </Card>
  );
}
