import {
  checkUploadFile,
  JOB_LIMITS,
  MEDIA_RULES,
  normalizeApplication,
  userErrorMessage,
  validateApplication,
  type AnswerFields,
} from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, FileButton, Group, Modal, NumberInput, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningKind } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { ApplicantViewerQuery, ApplyToJobMutation } from './operations';
import { uploadApplicationCv, type UploadedCv } from './upload';

export interface Question {
  id: string;
  kind: ScreeningKind;
  prompt: string;
  required: boolean;
}

interface Props {
  posting: { id: string; title: string; screeningQuestions: Question[] };
  opened: boolean;
  onClose: () => void;
}

type AnswerValue = string | number;

interface Values {
  cvChoice: 'PROFILE' | 'UPLOAD';
  coverLetter: string;
  contactEmail: string;
  contactPhone: string;
  answers: Record<string, AnswerValue>;
}

/** The form's answers as the API takes them: the value of each question's kind, unanswered ones left out. */
function answersOf(questions: readonly Question[], values: Values['answers']): AnswerFields[] {
  return questions.flatMap((question): AnswerFields[] => {
    const value = values[question.id];
    if (value === undefined || value === '') return [];
    if (question.kind === 'YES_NO') return [{ questionId: question.id, yesNo: value === 'yes' }];
    if (question.kind === 'NUMBER') return [{ questionId: question.id, number: Number(value) }];
    return [{ questionId: question.id, text: String(value) }];
  });
}

function AnswerInput({ question, inputProps }: { question: Question; inputProps: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  const common = { label: question.prompt, withAsterisk: question.required };
  if (question.kind === 'YES_NO') {
    return (
      <Radio.Group {...common} {...inputProps}>
        <Group mt={4}>
          <Radio value="yes" label={t('applications.apply.yes')} />
          <Radio value="no" label={t('applications.apply.no')} />
        </Group>
      </Radio.Group>
    );
  }
  if (question.kind === 'NUMBER') return <NumberInput {...common} {...inputProps} decimalSeparator="," allowDecimal />;
  return <TextInput {...common} maxLength={JOB_LIMITS.shortTextAnswer} {...inputProps} />;
}

/** Picks a PDF and uploads it for this application at once; the server checks it again. */
function CvUpload({ uploaded, onUploaded }: { uploaded: UploadedCv | null; onUploaded: (cv: UploadedCv) => void }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const pick = async (file: File | null) => {
    if (!file) return;
    const [invalid] = checkUploadFile('CV', file);
    if (invalid) return setError(userErrorMessage(invalid, currentLocale(i18n.language)));
    setSending(true);
    try {
      const { cv, userErrors } = await uploadApplicationCv(file, i18n.language);
      setError(userErrors[0]?.message ?? null);
      if (cv) onUploaded(cv);
    } catch {
      setError(t('errors.network'));
    } finally {
      setSending(false);
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <FileButton onChange={(file) => void pick(file)} accept={MEDIA_RULES.CV.types.join(',')}>
        {(props) => (
          <Button variant="default" leftSection={<IconUpload size={16} />} loading={sending} {...props}>
            {t('applications.apply.uploadCv')}
          </Button>
        )}
      </FileButton>
      {uploaded && <Text size="sm">{t('applications.apply.uploaded', { name: uploaded.fileName })}</Text>}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Applying on Carnet: CV, cover letter, screening questions and how to be reached. */
export function ApplyModal({ posting, opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(ApplicantViewerQuery, { skip: !opened });
  const profileCv = data?.viewer?.cvDocument ?? null;
  const [uploaded, setUploaded] = useState<UploadedCv | null>(null);
  const [apply, { loading }] = useMutation(ApplyToJobMutation);
  const questions = posting.screeningQuestions;
  const form = useForm<Values>({
    initialValues: { cvChoice: 'PROFILE', coverLetter: '', contactEmail: '', contactPhone: '', answers: {} },
    validate: (values) => {
      const fields = normalizeApplication({
        coverLetter: values.coverLetter,
        contactEmail: values.contactEmail,
        contactPhone: values.contactPhone,
        answers: answersOf(questions, values.answers),
      });
      const cv = values.cvChoice === 'UPLOAD' && !uploaded ? [{ field: 'cv', code: 'REQUIRED' as const }] : [];
      return clientErrors([...validateApplication(fields, questions), ...cv], currentLocale(i18n.language));
    },
  });
  const { formErrors, send } = useUserErrorForm(form);
  const profileEmail = data?.viewer?.contactInfo?.email ?? null;
  const prefilled = useRef(false);
  useEffect(() => {
    if (!profileEmail || prefilled.current) return;
    prefilled.current = true;
    if (!form.getValues().contactEmail) form.setFieldValue('contactEmail', profileEmail);
  }, [profileEmail, form]);
  const useProfile = form.values.cvChoice === 'PROFILE' && !!profileCv;

  const submit = form.onSubmit(async (values) => {
    const input = {
      jobPostingId: posting.id,
      coverLetter: values.coverLetter || null,
      cv: useProfile ? { useProfileCv: true } : { useProfileCv: false, uploadedMediaId: uploaded?.id ?? null },
      answers: answersOf(questions, values.answers),
      contactEmail: values.contactEmail,
      contactPhone: values.contactPhone || null,
    };
    const payload = await send(async () => (await apply({ variables: { input } })).data?.applyToJob);
    if (payload) onClose();
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('applications.apply.title', { title: posting.title })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <Text size="sm" c="dimmed">
            {t('applications.apply.snapshotNotice')}
          </Text>
          <Radio.Group
            label={t('applications.apply.cv')}
            withAsterisk
            value={useProfile ? 'PROFILE' : 'UPLOAD'}
            onChange={(value) => form.setFieldValue('cvChoice', value as Values['cvChoice'])}
            error={form.errors.cv}
          >
            <Stack gap="xs" mt={4}>
              {profileCv && (
                <Radio value="PROFILE" label={t('applications.apply.profileCv', { name: profileCv.fileName })} />
              )}
              <Radio value="UPLOAD" label={t('applications.apply.newCv')} />
            </Stack>
          </Radio.Group>
          {!useProfile && <CvUpload uploaded={uploaded} onUploaded={setUploaded} />}
          <Textarea
            label={t('applications.apply.coverLetter')}
            description={t('applications.apply.charactersLeft', {
              count: JOB_LIMITS.coverLetter - form.values.coverLetter.length,
            })}
            autosize
            minRows={4}
            maxRows={12}
            {...form.getInputProps('coverLetter')}
          />
          {questions.map((question) => (
            <AnswerInput
              key={question.id}
              question={question}
              inputProps={form.getInputProps(`answers.${question.id}`)}
            />
          ))}
          <TextInput
            type="email"
            label={t('applications.apply.contactEmail')}
            withAsterisk
            autoComplete="email"
            {...form.getInputProps('contactEmail')}
          />
          <TextInput
            type="tel"
            label={t('applications.apply.contactPhone')}
            autoComplete="tel"
            {...form.getInputProps('contactPhone')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('applications.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('applications.apply.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
