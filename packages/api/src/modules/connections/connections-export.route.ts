import { ERROR_CODES, SCOPES, type Locale } from '@carnet/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../../config';
import { viewerHasScope } from '../../graphql/context';
import { CarnetError } from '../../graphql/errors';
import { createContextFactory } from '../../http/authenticate';
import type { Services } from '../../services';
import type { ExportedConnection } from './connection-search.service';
import { csvFile } from './csv';
import { readerOfConnections } from './network.policy';

export const CONNECTIONS_CSV_PATH = '/exports/connections.csv';

const HEADERS: Record<Locale, string[]> = {
  en: ['First name', 'Last name', 'Headline', 'Current company', 'Connected on', 'Email'],
  fr: ['Prénom', 'Nom', 'Titre', 'Entreprise actuelle', 'Relation depuis le', 'E-mail'],
};

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
}

function line(row: ExportedConnection): (string | null)[] {
  return [
    row.firstName,
    row.lastName,
    row.headline,
    row.company,
    row.connectedAt.toISOString().slice(0, 10),
    row.email,
  ];
}

/**
 * GET /exports/connections.csv: the viewer's connections as a spreadsheet, authenticated like /graphql (session
 * cookie or a bearer token with read:network). Headline, company and email only where each connection shows
 * them to the viewer (the email is their contact address, never the sign-in one).
 */
export function registerConnectionsExport(
  app: FastifyInstance,
  { services, config }: { services: Services; config: Config },
) {
  const contextOf = createContextFactory(services, config);
  app.get(CONNECTIONS_CSV_PATH, async (request, reply) => {
    let ctx;
    try {
      ctx = await contextOf(request, reply);
    } catch (error) {
      if (!(error instanceof CarnetError)) throw error;
      return refuse(reply, 401, ERROR_CODES.UNAUTHENTICATED, error.message);
    }
    if (!ctx.viewer)
      return refuse(reply, 401, ERROR_CODES.UNAUTHENTICATED, 'Sign in or send a valid token to do this.');
    if (!viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) {
      return refuse(reply, 403, ERROR_CODES.FORBIDDEN, `This token lacks the scope ${SCOPES.READ_NETWORK}.`);
    }
    const rows = await services.connectionSearch.exportRows(ctx.viewer.memberId, readerOfConnections(ctx));
    const date = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="carnet-connections-${date}.csv"`)
      .send(csvFile([HEADERS[ctx.locale], ...rows.map(line)]));
  });
}
