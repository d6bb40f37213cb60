import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DataExportService } from './data-export.service';

const EXPORTS_PATH = '/exports';

/** The absolute download address, on the host the client called. */
export function exportDownloadUrl(request: FastifyRequest, secret: string): string {
  return `${request.protocol}://${request.host}${EXPORTS_PATH}/${secret}`;
}

/**
 * GET /exports/<secret>: the archive of a one-time link. The secret is the only credential, so the
 * answer is never cached, and a link that is unknown, expired or already used is simply not found.
 */
export function registerExportDownloads(app: FastifyInstance, exports: DataExportService): void {
  app.get<{ Params: { secret: string } }>(`${EXPORTS_PATH}/:secret`, async (request, reply) => {
    const archive = await exports.redeem(request.params.secret);
    reply.header('cache-control', 'no-store');
    if (!archive) {
      return reply.code(404).send({ error: 'Not Found', message: 'This download link is unknown, expired or used.' });
    }
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${archive.filename}"`)
      .send(Buffer.from(archive.bytes));
  });
}
