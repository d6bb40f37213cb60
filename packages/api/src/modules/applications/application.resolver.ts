import {
  candidateStatus,
  SCOPES,
  type ApplicationStage,
  type ApplicationStatus,
  type UserErrorDraft,
} from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import { viewerHasScope, type Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { ConnectionArgs, fromGlobalId, idOf, mapPage, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { ConnectionPath } from '../connections/connection.types';
import { managesJobs } from '../jobs/job-posting.policy';
import { JobPosting, toJobPosting } from '../jobs/job-posting.types';
import { Member, toMember } from '../members/member.type';
import type { JobApplicationEntity } from './application.entity';
import type { Outcome } from './application.service';
import {
  AddApplicationNoteInput,
  AddApplicationNotePayload,
  ApplicationAnswer,
  ApplicationHistoryEntry,
  ApplicationIdInput,
  ApplicationNote,
  ApplyToJobInput,
  ApplyToJobPayload,
  JobApplication,
  JobApplicationConnection,
  MoveApplicationInput,
  MoveApplicationPayload,
  RejectApplicationInput,
  RejectApplicationPayload,
  toAnswer,
  toJobApplication,
  WithdrawApplicationPayload,
  type ApplicationAudience,
} from './application.types';

/**
 * The application as this viewer may read it: its candidate reads it as such, the admins and recruiters of its
 * posting's company as recruiters; null for anyone else.
 */
export async function visibleApplication(
  ctx: Context,
  entity: JobApplicationEntity | null,
): Promise<JobApplication | null> {
  const viewer = ctx.viewer;
  if (!entity || !viewer || !viewerHasScope(viewer, SCOPES.READ_JOBS)) return null;
  if (entity.memberId === viewer.memberId) return toJobApplication(entity, 'CANDIDATE');
  const posting = await ctx.loaders.jobPostingById.load(entity.postingId);
  const role = posting ? await ctx.loaders.viewerCompanyRole.load(posting.companyId) : null;
  return managesJobs(role) ? toJobApplication(entity, 'RECRUITER') : null;
}

/** Maps a service outcome to a payload: refusals are top-level errors, the rest userErrors. */
function payloadOf(outcome: Outcome<JobApplicationEntity>, audience: ApplicationAudience, ctx: Context) {
  if (outcome.ok) return { application: toJobApplication(outcome.value, audience), userErrors: [] };
  if ('refused' in outcome) throw outcome.refused === 'FORBIDDEN' ? forbidden() : notFound('This application');
  return { application: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
}

/** The database id behind a global id of that type, or an id that names nothing (0) so that it is refused as such. */
function dbIdOr0(globalId: string | null | undefined, typeName: string): string {
  const parsed = globalId ? fromGlobalId(globalId) : null;
  return parsed?.typeName === typeName ? parsed.id : '0';
}

/**
 * The application input with database ids, and a way back to the ids the client sent for the fields of errors
 * about answers (`answers.<questionId>`).
 */
function parseApply(input: ApplyToJobInput) {
  const sent = new Map<string, string>();
  const answers = input.answers.map((answer) => {
    const parsed = fromGlobalId(answer.questionId);
    const id = parsed?.typeName === 'ScreeningQuestion' ? parsed.id : answer.questionId;
    sent.set(id, answer.questionId);
    return { ...answer, questionId: id };
  });
  const fieldAsSent = (error: UserErrorDraft): UserErrorDraft => {
    if (!error.field.startsWith('answers.')) return error;
    const id = error.field.slice('answers.'.length);
    return { ...error, field: `answers.${sent.get(id) ?? toGlobalId('ScreeningQuestion', id)}` };
  };
  const uploaded = input.cv.uploadedMediaId;
  return {
    fields: {
      postingId: idOf(input.jobPostingId, 'JobPosting', 'jobPostingId'),
      coverLetter: input.coverLetter ?? null,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone ?? null,
      answers,
      cv: { useProfileCv: input.cv.useProfileCv, uploadedCvId: uploaded ? dbIdOr0(uploaded, 'ApplicationCv') : null },
    },
    fieldAsSent,
  };
}

/** Consecutive stages that read the same to the candidate (REVIEWED then SHORTLISTED) show once, at the first. */
function candidateHistory(entries: readonly { stage: ApplicationStage; at: Date }[]): ApplicationHistoryEntry[] {
  const shown: ApplicationHistoryEntry[] = [];
  let last: ApplicationStatus | null = null;
  for (const { stage, at } of entries) {
    const status = candidateStatus(stage);
    if (status !== last) shown.push({ status, stage: null, at });
    last = status;
  }
  return shown;
}

@Resolver(() => JobApplication)
export class ApplicationResolver {
  @Requires(SCOPES.READ_JOBS)
  @Query(() => JobApplicationConnection, { description: 'Your applications, the latest first.' })
  async myApplications(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.applications.applicationsOf(ctx.viewer!.memberId, args);
    return JobApplicationConnection.from(mapPage(page, (entity) => toJobApplication(entity, 'CANDIDATE')));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => ApplyToJobPayload, {
    description:
      'Applies to a job posting on Carnet with a snapshot of your profile, a CV, an optional cover letter and the ' +
      'answers to its screening questions. JOB_CLOSED when it takes no applications; ALREADY_APPLIED the second time.',
  })
  async applyToJob(@Arg('input') input: ApplyToJobInput, @Ctx() ctx: Context): Promise<ApplyToJobPayload> {
    const { fields, fieldAsSent } = parseApply(input);
    const outcome = await ctx.services.applications.apply(ctx.viewer!.memberId, fields);
    const mapped =
      !outcome.ok && 'errors' in outcome ? { ok: false as const, errors: outcome.errors.map(fieldAsSent) } : outcome;
    return payloadOf(mapped, 'CANDIDATE', ctx);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => WithdrawApplicationPayload, {
    description: 'Withdraws your application; not once you are hired or rejected.',
  })
  async withdrawApplication(@Arg('input') input: ApplicationIdInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobApplication');
    return payloadOf(await ctx.services.applications.withdraw(ctx.viewer!.memberId, id), 'CANDIDATE', ctx);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => MoveApplicationPayload, {
    description: "Moves an application through the pipeline; for the company's admins and recruiters.",
  })
  async moveApplication(@Arg('input') input: MoveApplicationInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobApplication');
    return payloadOf(await ctx.services.applications.move(ctx.viewer!.memberId, id, input.stage), 'RECRUITER', ctx);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => RejectApplicationPayload, {
    description: 'Rejects an application, with a message for the candidate or without.',
  })
  async rejectApplication(@Arg('input') input: RejectApplicationInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobApplication');
    const outcome = await ctx.services.applications.reject(ctx.viewer!.memberId, id, input.message ?? null);
    return payloadOf(outcome, 'RECRUITER', ctx);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => AddApplicationNotePayload, {
    description: "Adds a private note to an application, seen by the company's recruiters only.",
  })
  async addApplicationNote(@Arg('input') input: AddApplicationNoteInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobApplication');
    return payloadOf(await ctx.services.applications.addNote(ctx.viewer!.memberId, id, input.text), 'RECRUITER', ctx);
  }

  @FieldResolver(() => JobPosting)
  async posting(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<JobPosting> {
    return toJobPosting((await ctx.loaders.jobPostingById.load(application.entity.postingId))!);
  }

  @FieldResolver(() => Member, { description: 'The candidate’s live profile, as their visibility settings allow.' })
  async applicant(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<Member> {
    return toMember((await ctx.loaders.memberById.load(application.entity.memberId))!);
  }

  @FieldResolver(() => [ApplicationAnswer], { description: 'In the order of the questions.' })
  async answers(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<ApplicationAnswer[]> {
    return (await ctx.loaders.applicationDetails.load(application.applicationId)).answers.map(toAnswer);
  }

  @FieldResolver(() => String)
  async cvFileName(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.applicationDetails.load(application.applicationId)).cvFileName;
  }

  @FieldResolver(() => [ApplicationHistoryEntry], { description: 'The stages it went through, the first first.' })
  async history(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<ApplicationHistoryEntry[]> {
    const { history: entries } = await ctx.loaders.applicationDetails.load(application.applicationId);
    if (application.audience === 'CANDIDATE') return candidateHistory(entries);
    return entries.map(({ stage, at }) => ({ status: candidateStatus(stage), stage, at }));
  }

  @FieldResolver(() => [ApplicationNote], {
    nullable: true,
    description: "The recruiters' private notes, oldest first; null to the candidate.",
  })
  async notes(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<ApplicationNote[] | null> {
    if (application.audience !== 'RECRUITER') return null;
    const { notes } = await ctx.loaders.applicationDetails.load(application.applicationId);
    return notes.map((note) => ({
      id: toGlobalId('ApplicationNote', note.id),
      authorId: note.authorId,
      text: note.text,
      createdAt: note.createdAt,
    }));
  }

  @FieldResolver(() => ConnectionPath, {
    nullable: true,
    description:
      'How you, the recruiter, are connected to the candidate: the shortest chain of at most 3 hops; null beyond ' +
      'the 3rd degree, to the candidate, and for a token without read:network.',
  })
  async connectionPath(@Root() application: JobApplication, @Ctx() ctx: Context): Promise<ConnectionPath | null> {
    if (application.audience !== 'RECRUITER' || !viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) return null;
    const [path] = await ctx.loaders.pathsFromViewer(1).load(application.entity.memberId);
    if (!path) return null;
    const found = await ctx.loaders.memberById.loadMany(path);
    const members = found.flatMap((entity) => (entity && !(entity instanceof Error) ? [toMember(entity)] : []));
    return members.length === path.length ? { members } : null;
  }
}

@Resolver(() => ApplicationNote)
export class ApplicationNoteResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'Null once the author has left Carnet.' })
  async author(@Root() note: ApplicationNote, @Ctx() ctx: Context): Promise<Member | null> {
    const entity = note.authorId ? await ctx.loaders.memberById.load(note.authorId) : null;
    return entity ? toMember(entity) : null;
  }
}
