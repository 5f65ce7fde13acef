// Runs one federation gateway in front of the running claims-service and sources-service, for deploy/bench/peers.sh.
// The subgraphs' schemas are read from the services themselves (_service { sdl }) and composed with Apollo's
// composition library; the caller's Authorization header is forwarded to every subgraph call, as Corroborate's gateway
// does. Usage: node gateways.mjs apollo|hive PORT CLAIMS_URL SOURCES_URL TOKEN [SUPERGRAPH_OUT]
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const [kind, port, claimsUrl, sourcesUrl, token, supergraphOut] = process.argv.slice(2);

async function sdl(url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = await response.json();
  if (!body.data) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return body.data._service.sdl;
}

const subgraphs = [
  { name: 'claims', url: claimsUrl, typeDefs: parse(await sdl(claimsUrl)) },
  { name: 'sources', url: sourcesUrl, typeDefs: parse(await sdl(sourcesUrl)) },
];
const composed = composeServices(subgraphs);
if (composed.errors?.length) {
  composed.errors.forEach((error) => console.error(error.message));
  process.exit(1);
}
const supergraphSdl = composed.supergraphSdl;
if (supergraphOut) writeFileSync(supergraphOut, supergraphSdl);

if (kind === 'apollo') {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { ApolloGateway, RemoteGraphQLDataSource } = await import('@apollo/gateway');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new RemoteGraphQLDataSource({
      url,
      willSendRequest({ request, context }) {
        if (context.authorization) request.http.headers.set('authorization', context.authorization);
      },
    }),
  });
  const server = new ApolloServer({ gateway, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(port), host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  console.log(`Apollo Gateway ready at ${url}`);
} else if (kind === 'hive') {
  const { createGatewayRuntime } = await import('@graphql-hive/gateway-runtime');
  // The runtime loads its HTTP transport by name; given here, as the Hive Gateway CLI does.
  const http = await import('@graphql-mesh/transport-http');
  const gateway = createGatewayRuntime({
    supergraph: supergraphSdl,
    transports: { http: http.default ?? http },
    graphqlEndpoint: '/',
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
    },
  });
  createServer(gateway).listen(Number(port), '127.0.0.1', () => console.log(`Hive Gateway ready at http://127.0.0.1:${port}/`));
} else {
  console.error('usage: node gateways.mjs apollo|hive PORT CLAIMS_URL SOURCES_URL TOKEN [SUPERGRAPH_OUT]');
  process.exit(2);
}
