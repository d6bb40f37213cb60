import fastifyMultipart from '@fastify/multipart';
import { ERROR_CODES, fileTooLarge, SCOPES, USER_ERROR_CODES, type UserErrorDraft } from '@carnet/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { viewerHasScope, type Context } from '../../graphql/context';
import { CarnetError } from '../../graphql/errors';
import { fromGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { createContextFactory } from '../../http/authenticate';
import type { Services } from '../../services';
import type { Upload } from '../media/media.processing';
import { isFileTooLarge, parseUpload, sendError } from '../media/media.routes';
import { visibleApplication } from './application.resolver';

function attachmentHeaders(reply: FastifyReply, file: { fileName: string; sha256: string }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return reply
    .header('etag', `"${file.sha256}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
}

/**
 * POST /uploads/application-cv: multipart with one `file` field, a PDF of at most the CV size, checked like a
 * profile CV; authenticated like /graphql with write:jobs. Answers `{ applicationCv { id fileName byteSize },
 * userErrors }`, the id to give applyToJob as cv.uploadedMediaId; a refused file is not stored.
 * GET /media/applications/<application id>/cv: the CV sent with an application, as a download, for its
 * candidate and the recruiters of the posting's company; 404 for anyone else.
 */
export async function registerApplicationRoutes(
  app: FastifyInstance,
  { services, config }: { services: Services; config: Config },
) {
  const contextOf = createContextFactory(services, config);
  /** The request's context; null once a 401 for bad credentials has been sent. */
  const identified = async (request: FastifyRequest, reply: FastifyReply): Promise<Context | null> => {
    try {
      return await contextOf(request, reply);
    } catch (error) {
      if (!(error instanceof CarnetError)) throw error;
      await sendError(reply, 401, ERROR_CODES.UNAUTHENTICATED, error.message);
      return null;
    }
  };

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart);
    scope.post('/uploads/application-cv', async (request, reply) => {
      const ctx = await identified(request, reply);
      if (!ctx) return reply;
      if (!ctx.viewer)
        return sendError(reply, 401, ERROR_CODES.UNAUTHENTICATED, 'Sign in or send a valid token to do this.');
      if (!viewerHasScope(ctx.viewer, SCOPES.WRITE_JOBS)) {
        return sendError(reply, 403, ERROR_CODES.FORBIDDEN, `This token lacks the scope ${SCOPES.WRITE_JOBS}.`);
      }
      const refuse = (error: UserErrorDraft) =>
        reply
          .code(error.code === USER_ERROR_CODES.FILE_TOO_LARGE ? 413 : 422)
          .send({ applicationCv: null, userErrors: toUserErrors([error], ctx.locale) });
      let upload: Upload | UserErrorDraft;
      try {
        upload = await parseUpload(request, 'CV');
      } catch (error) {
        if (!isFileTooLarge(error)) throw error;
        return refuse(fileTooLarge('CV'));
      }
      if ('code' in upload) return refuse(upload);
      const result = await services.applications.cvs.upload(ctx.viewer.memberId, upload);
      if (!result.ok) return refuse(result.errors[0]!);
      const { id, fileName, byteSize } = result.cv;
      return { applicationCv: { id: toGlobalId('ApplicationCv', id), fileName, byteSize }, userErrors: [] };
    });
  });

  app.get<{ Params: { id: string } }>('/media/applications/:id/cv', async (request, reply) => {
    const parsed = fromGlobalId(request.params.id);
    if (parsed?.typeName !== 'JobApplication') return reply.callNotFound();
    const ctx = await identified(request, reply);
    if (!ctx) return reply;
    const application = await visibleApplication(ctx, await ctx.loaders.applicationById.load(parsed.id));
    const file = application ? await services.applications.cvs.fileOf(application.applicationId) : null;
    if (!file) return reply.callNotFound();
    attachmentHeaders(reply, file);
    if (request.headers['if-none-match'] === `"${file.sha256}"`) return reply.code(304).send();
    return reply.type('application/pdf').send(file.bytes);
  });
}
