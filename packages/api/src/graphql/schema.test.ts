import fs from 'node:fs';
import { GraphQLObjectType } from 'graphql';
import { accessOf } from './auth';
import { printCarnetSchema, SCHEMA_FILE } from './print-schema';
import { buildCarnetSchema } from './schema';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run `pnpm codegen` after changing the API)', async () => {
    expect(await printCarnetSchema()).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('declares an access rule on every root field: deny by default', async () => {
    const schema = await buildCarnetSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (type): type is GraphQLObjectType => !!type,
    );
    const undeclared = roots.flatMap((type) =>
      Object.keys(type.getFields())
        .filter((field) => !accessOf(type, field))
        .map((field) => `${type.name}.${field}`),
    );
    expect(roots.length).toBeGreaterThan(1);
    expect(undeclared).toEqual([]);
  });
});
