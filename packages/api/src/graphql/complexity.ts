import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './relay';

/** Room for ten full profiles with every list at 100 items (about 8,500 each); far from a network of networks. */
export const MAX_QUERY_COMPLEXITY = 100_000;

/**
 * What a list may cost: its items' selection once per item it can return. A paginated field returns up to
 * `first` or `last` items (the page size when neither is given), `nodes(ids:)` one per id.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'first')) {
    return 1 + childComplexity * Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
  }
  if (Array.isArray(args.ids)) return 1 + childComplexity * args.ids.length;
  return undefined;
};

/** Null when the variables do not fit the operation: execution then refuses them with BAD_USER_INPUT. */
function complexityOf(
  options: Pick<Parameters<typeof getComplexity>[0], 'schema' | 'query' | 'variables' | 'operationName'>,
) {
  try {
    return getComplexity({ ...options, estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  } catch {
    return null;
  }
}

/**
 * Refuses, before it runs, a query whose lists nested in lists could make the server read far more than any
 * page needs (connections of connections of connections…), with the variables of the request.
 */
export function complexityLimit(max = MAX_QUERY_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = complexityOf({
            schema,
            query: document,
            variables: request.variables,
            operationName: request.operationName,
          });
          if (complexity === null) return;
          if (complexity > max) {
            throw new GraphQLError(
              `This query is too complex: ${complexity} for at most ${max}. Ask for smaller pages.`,
              {
                extensions: {
                  code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
                  complexity,
                  maxComplexity: max,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
