import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { ClientErrorCode } from '../errors/error-code';

/**
 * A GraphQL request refused as a whole by a rate limit (every error TOO_MANY_REQUESTS, no data)
 * answers HTTP 429 with Retry-After, as HTTP clients and proxies expect. A request of which only
 * some fields were refused keeps 200 with its partial data.
 */
@Plugin()
export class RateLimitStatusPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      async willSendResponse({ response }: GraphQLRequestContextWillSendResponse<Record<string, unknown>>) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length || !errors.every((error) => error.extensions?.['code'] === ClientErrorCode.TOO_MANY_REQUESTS)) return;
        if (data && Object.values(data).some((value) => value !== null)) return;
        const retryAfter = Math.max(...errors.map((error) => Number(error.extensions?.['retryAfter']) || 1));
        response.http.status = 429;
        response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  }
}
