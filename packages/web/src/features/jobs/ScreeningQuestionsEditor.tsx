import { JOB_LIMITS, SCREENING_KINDS } from '@carnet/shared';
import { Button, Checkbox, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScreeningKind } from '../../gql/graphql';
import { ListRowActions } from '../profile/EditableSection';

export interface QuestionDraft {
  /** Stable across reorders, for React; the API's id when the question exists already. */
  key: string;
  id: string | null;
  kind: ScreeningKind;
  prompt: string;
  required: boolean;
}

interface Props {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  errorOf: (path: string) => string | undefined;
}

let drafted = 0;
export const newQuestion = (): QuestionDraft => ({
  key: `new-${(drafted += 1)}`,
  id: null,
  kind: 'YES_NO',
  prompt: '',
  required: true,
});

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/** Questions candidates answer when they apply: added, removed and reordered with buttons (so by keyboard too). */
export function ScreeningQuestionsEditor({ questions, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<QuestionDraft>) =>
    onChange(questions.map((question, i) => (i === index ? { ...question, ...patch } : question)));
  const kinds = Object.values(SCREENING_KINDS).map((kind) => ({ value: kind, label: t(`jobs.kinds.${kind}`) }));
  return (
    <Fieldset legend={t('jobs.form.questions')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('jobs.form.questionsHint', { max: JOB_LIMITS.screeningQuestions })}
        </Text>
        {questions.map((question, index) => {
          const name = t('jobs.form.question', { n: index + 1 });
          return (
            <Stack key={question.key} gap="xs" role="group" aria-label={name}>
              <Group justify="space-between" align="flex-end" wrap="nowrap">
                <TextInput
                  label={name}
                  value={question.prompt}
                  maxLength={JOB_LIMITS.screeningPrompt}
                  onChange={(event) => change(index, { prompt: event.currentTarget.value })}
                  error={errorOf(`screeningQuestions.${index}.prompt`) ?? errorOf(`screeningQuestions.${index}.id`)}
                  style={{ flexGrow: 1 }}
                />
                <ListRowActions
                  name={name}
                  index={index}
                  count={questions.length}
                  onMove={(from, to) => onChange(moved(questions, from, to))}
                  onRemove={(at) => onChange(questions.filter((_, i) => i !== at))}
                />
              </Group>
              <Group align="flex-end">
                <Select
                  label={t('jobs.form.questionKind')}
                  data={kinds}
                  value={question.kind}
                  allowDeselect={false}
                  onChange={(kind) => kind && change(index, { kind: kind as ScreeningKind })}
                  error={errorOf(`screeningQuestions.${index}.kind`)}
                />
                <Checkbox
                  label={t('jobs.form.questionRequired')}
                  checked={question.required}
                  onChange={(event) => change(index, { required: event.currentTarget.checked })}
                  mb={8}
                />
              </Group>
            </Stack>
          );
        })}
        {errorOf('screeningQuestions') && (
          <Text size="sm" c="red">
            {errorOf('screeningQuestions')}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={questions.length >= JOB_LIMITS.screeningQuestions}
            onClick={() => onChange([...questions, newQuestion()])}
          >
            {t('jobs.form.addQuestion')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
