import fastifyMultipart from '@fastify/multipart';
import {
  COMPANY_ROLES,
  ERROR_CODES,
  fileTooLarge,
  MEDIA_RULES,
  SCOPES,
  USER_ERROR_CODES,
  type CropArea,
  type ErrorCode,
  type MediaKind,
  type Scope,
  type UserErrorDraft,
} from '@carnet/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { viewerHasScope, type Context, type Viewer } from '../../graphql/context';
import { CarnetError } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { createContextFactory } from '../../http/authenticate';
import { canSeeSection, previewReader, readerOf } from '../members/profile.policy';
import type { Services } from '../../services';
import type { Upload } from './media.processing';
import { MEDIA_SECTION, type MediaFile, type MediaOwner, type StoredMedia } from './media.service';
import { CoverImage, ProfilePhoto, toCvDocument, toProfileImage } from './media.type';
import { IMAGE_SIZES, mediaUrl, variantFor } from './media.variants';

/** Each upload route: the kind it stores and the payload key it answers with, as GraphQL names it. */
const UPLOADS: Record<string, { kind: MediaKind; key: string }> = {
  photo: { kind: 'PHOTO', key: 'photo' },
  cover: { kind: 'COVER', key: 'coverImage' },
  cv: { kind: 'CV', key: 'cvDocument' },
};
/** A company page's images: its logo is stored like a profile photo (square). */
const COMPANY_UPLOADS: Record<string, { kind: 'PHOTO' | 'COVER'; key: string }> = {
  logo: { kind: 'PHOTO', key: 'logo' },
  cover: { kind: 'COVER', key: 'cover' },
};
const CROP_FIELDS = ['x', 'y', 'width', 'height'] as const;
const PUBLIC_ID = /^[A-Za-z0-9_-]{22}$/;
const VARIANTS = new Set(['small', 'medium', 'large', 'original']);

export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string) {
  return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
}

function uploadPayload(file: MediaFile): Record<string, unknown> {
  if (file.kind === 'CV') return { ...toCvDocument(file) };
  const kind = file.kind;
  const { width, height } = toProfileImage(kind === 'PHOTO' ? ProfilePhoto : CoverImage, file);
  const urls = Object.fromEntries(
    Object.values(IMAGE_SIZES).map((size) => [size, mediaUrl(file.publicId, variantFor(kind, size))]),
  );
  return { width, height, urls };
}

/** The crop chosen in the form: all four fields as whole pixels, or none of them. */
function cropFrom(fields: Record<string, string>): CropArea | null | UserErrorDraft {
  const given = CROP_FIELDS.filter((name) => fields[name] !== undefined);
  if (!given.length) return null;
  if (given.length < CROP_FIELDS.length || !given.every((name) => /^\d{1,6}$/.test(fields[name]!))) {
    return { field: 'crop', code: USER_ERROR_CODES.INVALID_CROP };
  }
  const [x, y, width, height] = CROP_FIELDS.map((name) => Number(fields[name]));
  return { x: x!, y: y!, width: width!, height: height! };
}

/** The form's file (the `file` field) and text fields; FILE_TOO_LARGE as soon as the file passes the kind's limit. */
async function readForm(request: FastifyRequest, kind: MediaKind) {
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; fileName: string } | null = null;
  const limits = { fileSize: MEDIA_RULES[kind].maxBytes, files: 1, fields: 8, fieldSize: 64 };
  for await (const part of request.parts({ limits })) {
    if (part.type === 'field') fields[part.fieldname] = String(part.value);
    else if (part.fieldname === 'file') file = { bytes: await part.toBuffer(), fileName: part.filename };
    else await part.toBuffer();
  }
  return { file, fields };
}

export async function parseUpload(request: FastifyRequest, kind: MediaKind): Promise<Upload | UserErrorDraft> {
  if (!request.isMultipart()) return { field: 'file', code: USER_ERROR_CODES.REQUIRED };
  const { file, fields } = await readForm(request, kind);
  if (!file?.bytes.length) return { field: 'file', code: USER_ERROR_CODES.REQUIRED };
  const crop = kind === 'CV' ? null : cropFrom(fields);
  if (crop && 'code' in crop) return crop;
  return { bytes: file.bytes, fileName: file.fileName, crop };
}

export function isFileTooLarge(error: unknown): boolean {
  return (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
}

function cacheHeaders(reply: FastifyReply, stored: StoredMedia, publicAudience: boolean) {
  reply.header('etag', `"${stored.sha256}"`).header('x-content-type-options', 'nosniff');
  if (stored.kind !== 'CV') {
    return reply.header('cache-control', publicAudience ? 'public, max-age=31536000, immutable' : 'private, no-cache');
  }
  const ascii = stored.fileName!.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return reply
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(stored.fileName!)}`,
    );
}

/** Who may see a stored file: a company's files are public; a member's follow the audience of their section. */
async function audienceOf(ctx: Context, stored: StoredMedia): Promise<{ visible: boolean; publicAudience: boolean }> {
  if (stored.memberId === null) return { visible: true, publicAudience: true };
  const owner = await ctx.loaders.memberById.load(stored.memberId);
  const section = MEDIA_SECTION[stored.kind];
  if (!owner) return { visible: false, publicAudience: false };
  return {
    visible: canSeeSection(await readerOf(ctx, stored.memberId), owner.visibility, section),
    publicAudience: canSeeSection(previewReader('PUBLIC'), owner.visibility, section),
  };
}

/** Why the viewer may not upload there (status, code, message), or null when they may. */
type Refusal = [status: number, code: ErrorCode, message: string] | null;

interface UploadTarget {
  kind: MediaKind;
  /** The payload key, as GraphQL names the image. */
  key: string;
  scope: Scope;
  authorize: (ctx: Context & { viewer: Viewer }) => Promise<Refusal>;
  owner: (ctx: Context & { viewer: Viewer }) => MediaOwner;
}

/**
 * POST /uploads/{photo,cover,cv}: multipart with one `file` field (and optional crop x, y, width, height in
 * pixels of the image as shown), authenticated like /graphql with write:profile; answers a payload like a
 * mutation's. POST /uploads/company/<companyId>/{logo,cover}: the same for a company page, by its admins, with
 * write:jobs. GET /media/<id>/<variant>: the file, for readers in its section's audience (anyone for a
 * company's); 404 otherwise.
 */
export async function registerMediaRoutes(
  app: FastifyInstance,
  { services, config }: { services: Services; config: Config },
) {
  const contextOf = createContextFactory(services, config);
  const identified = async (request: FastifyRequest, reply: FastifyReply): Promise<Context | null> => {
    try {
      return await contextOf(request, reply);
    } catch (error) {
      if (!(error instanceof CarnetError)) throw error;
      await sendError(reply, 401, ERROR_CODES.UNAUTHENTICATED, error.message);
      return null;
    }
  };

  const receive = async (request: FastifyRequest, reply: FastifyReply, target: UploadTarget) => {
    const ctx = await identified(request, reply);
    if (!ctx) return reply;
    const viewer = ctx.viewer;
    if (!viewer) return sendError(reply, 401, ERROR_CODES.UNAUTHENTICATED, 'Sign in or send a valid token to do this.');
    if (!viewerHasScope(viewer, target.scope)) {
      return sendError(reply, 403, ERROR_CODES.FORBIDDEN, `This token lacks the scope ${target.scope}.`);
    }
    const signedIn = { ...ctx, viewer };
    const refusal = await target.authorize(signedIn);
    if (refusal) return sendError(reply, ...refusal);
    const refuse = (error: UserErrorDraft) =>
      reply
        .code(error.code === USER_ERROR_CODES.FILE_TOO_LARGE ? 413 : 422)
        .send({ [target.key]: null, userErrors: toUserErrors([error], ctx.locale) });
    let upload: Upload | UserErrorDraft;
    try {
      upload = await parseUpload(request, target.kind);
    } catch (error) {
      if (!isFileTooLarge(error)) throw error;
      return refuse(fileTooLarge(target.kind));
    }
    if ('code' in upload) return refuse(upload);
    const result = await services.media.upload(target.owner(signedIn), target.kind, upload);
    if (!result.ok) return refuse(result.errors[0]!);
    return { [target.key]: uploadPayload(result.file), userErrors: [] };
  };

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart);

    scope.post<{ Params: { kind: string } }>('/uploads/:kind', async (request, reply) => {
      const route = UPLOADS[request.params.kind];
      if (!route) return reply.callNotFound();
      return receive(request, reply, {
        ...route,
        scope: SCOPES.WRITE_PROFILE,
        authorize: async () => null,
        owner: (ctx) => ({ memberId: ctx.viewer.memberId }),
      });
    });

    scope.post<{ Params: { companyId: string; kind: string } }>(
      '/uploads/company/:companyId/:kind',
      async (request, reply) => {
        const route = COMPANY_UPLOADS[request.params.kind];
        const companyId = fromGlobalId(request.params.companyId);
        if (!route || companyId?.typeName !== 'Company') return reply.callNotFound();
        return receive(request, reply, {
          ...route,
          scope: SCOPES.WRITE_JOBS,
          authorize: async (ctx) => {
            const [role] = await services.companies.rolesAt(ctx.viewer.memberId, [companyId.id]);
            return role === COMPANY_ROLES.ADMIN
              ? null
              : [403, ERROR_CODES.FORBIDDEN, 'Only the admins of a company page change its images.'];
          },
          owner: () => ({ companyId: companyId.id }),
        });
      },
    );
  });

  app.get<{ Params: { publicId: string; variant: string } }>('/media/:publicId/:variant', async (request, reply) => {
    const { publicId, variant } = request.params;
    const stored =
      PUBLIC_ID.test(publicId) && VARIANTS.has(variant) ? await services.media.find(publicId, variant) : null;
    if (!stored) return reply.callNotFound();
    const ctx = await identified(request, reply);
    if (!ctx) return reply;
    const { visible, publicAudience } = await audienceOf(ctx, stored);
    if (!visible) return reply.callNotFound();
    cacheHeaders(reply, stored, publicAudience);
    if (request.headers['if-none-match'] === `"${stored.sha256}"`) return reply.code(304).send();
    return reply.type(stored.contentType).send(stored.bytes);
  });
}
