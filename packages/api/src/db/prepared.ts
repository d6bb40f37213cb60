import { createHash } from 'node:crypto';

/**
 * A statement that node-postgres prepares once per pooled connection, under a name derived from its text:
 * PostgreSQL parses and analyses it once, and after five runs keeps a generic plan when custom plans are no
 * cheaper. For the large statements of the graph and of job search, planning costs as much as running.
 *
 * TypeORM hands the query to node-postgres as it is, and node-postgres reads `name` and `text` off it; the
 * text is what TypeORM's logs and errors show.
 */
class PreparedStatement {
  readonly name: string;

  constructor(readonly text: string) {
    this.name = `carnet_${createHash('sha1').update(text).digest('hex')}`;
  }

  toString(): string {
    return this.text;
  }
}

/**
 * A prepared statement to pass to `query()` where TypeORM expects SQL text. Statements built from a few
 * variants (a search's filters in use) get one prepared statement per variant and connection.
 */
export function prepared(text: string): string {
  return new PreparedStatement(text) as unknown as string;
}
