import {
  USER_ERROR_CODES,
  type ScreeningKind,
  type ScreeningQuestionFields,
  type UserErrorDraft,
} from '@carnet/shared';
import type { ScreeningQuestionEntity } from './job-posting.entity';

interface QuestionRow {
  position: number;
  kind: ScreeningKind;
  prompt: string;
  required: boolean;
}

export interface QuestionPlan {
  kept: ({ id: string } & Omit<QuestionRow, 'kind'>)[];
  added: QuestionRow[];
  removed: string[];
}

type Existing = Pick<ScreeningQuestionEntity, 'id' | 'kind' | 'prompt'>;

/**
 * How to turn a posting's questions into the wanted list while keeping the ids (and so the candidates' answers)
 * of the questions that stay: a wanted question matches the existing one with its id, or else an unclaimed one
 * of the same kind and wording. Changing a question's kind makes it a new question, since earlier answers no
 * longer fit; an id that is not one of the posting's questions is refused.
 */
export function planQuestions(
  existing: readonly Existing[],
  wanted: readonly ScreeningQuestionFields[],
): QuestionPlan | { errors: UserErrorDraft[] } {
  const unknown = wanted.flatMap((question, index) =>
    question.id !== null && !existing.some((row) => row.id === question.id)
      ? [{ field: `screeningQuestions.${index}.id`, code: USER_ERROR_CODES.INVALID_CHOICE }]
      : [],
  );
  if (unknown.length) return { errors: unknown };
  const claimed = new Set(wanted.flatMap((question) => (question.id ? [question.id] : [])));
  // Sent with their ids, these are claimed before any question is matched by its wording.
  const sameQuestion = (question: ScreeningQuestionFields) =>
    existing.find(
      (row) =>
        !claimed.has(row.id) &&
        row.kind === question.kind &&
        row.prompt.toLowerCase() === question.prompt.toLowerCase(),
    );
  const plan: QuestionPlan = { kept: [], added: [], removed: [] };
  wanted.forEach((question, position) => {
    const row = {
      position,
      kind: question.kind as ScreeningKind,
      prompt: question.prompt,
      required: question.required,
    };
    const match = question.id ? existing.find((candidate) => candidate.id === question.id) : sameQuestion(question);
    if (match && match.kind === question.kind && !plan.kept.some((kept) => kept.id === match.id)) {
      plan.kept.push({ id: match.id, position, prompt: row.prompt, required: row.required });
    } else {
      plan.added.push(row);
    }
  });
  const keptIds = new Set(plan.kept.map((question) => question.id));
  plan.removed = existing.filter((row) => !keptIds.has(row.id)).map((row) => row.id);
  return plan;
}
