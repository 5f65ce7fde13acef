// Composes Apollo Federation v2 subgraphs into a supergraph and prints its API schema (what clients of a router
// would see). Usage: node compose.mjs name=subgraph.graphql ... Exits 1 and prints the errors if composition fails.
import { readFileSync } from 'node:fs';
import { parse, printSchema } from 'graphql';
import { composeServices } from '@apollo/composition';

const subgraphs = process.argv.slice(2).map((argument) => {
  const [name, file] = argument.split('=');
  return { name, url: `http://${name}.invalid/graphql`, typeDefs: parse(readFileSync(file, 'utf8')) };
});

const result = composeServices(subgraphs);
if (result.errors && result.errors.length > 0) {
  for (const error of result.errors) {
    console.error(`${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
  }
  process.exit(1);
}
process.stdout.write(printSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
