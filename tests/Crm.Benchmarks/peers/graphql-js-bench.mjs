// The CRM-shaped benchmark of tests/Crm.Benchmarks/GraphQL/GraphQLExecutionBenchmarks.cs through graphql-js:
// same schema shape, same in-memory data (100 customers x 20 interactions x 3 participants), same document and
// variables, result serialized to JSON. "uncached" parses and validates every time; "cached" reuses the parsed,
// validated document (what our document cache does); the small document is one customer card, as a screen asks.
// Prints mean time per operation and operations per second.
import { buildSchema, execute, parse, validate, specifiedRules } from 'graphql';

const customersCount = 100;
const interactionsPerCustomer = 20;
const seconds = Number(process.argv[2] ?? 5);

const schema = buildSchema(`
  interface Node { id: ID! }
  scalar DateTime
  type Query { customers(first: Int, after: String, last: Int, before: String): CustomerConnection! }
  type CustomerConnection { edges: [CustomerEdge!]! nodes: [Customer!]! pageInfo: PageInfo! totalCount: Int! }
  type CustomerEdge { cursor: String! node: Customer! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Customer implements Node {
    id: ID! name: String! email: String! status: String! createdAt: DateTime!
    interactions(kinds: [String!]): [Interaction!]!
  }
  type Interaction { id: ID! kind: String! subject: String! happenedAt: DateTime! participants: [Participant!]! }
  type Participant { name: String! role: String! }
`);

const pad = (n, width) => String(n).padStart(width, '0');
const start = Date.UTC(2026, 0, 1);
const hour = 3600 * 1000;
const statuses = ['PROSPECT', 'ACTIVE', 'INACTIVE', 'LOST'];
const kinds = ['CALL', 'MEETING', 'EMAIL'];
const customers = [];
for (let i = 1; i <= customersCount; i++) {
  const interactions = [];
  for (let k = 1; k <= interactionsPerCustomer; k++) {
    interactions.push({
      localId: `${pad(i, 8)}00000000000000${pad(k, 12)}`,
      kind: kinds[k % 3],
      subject: `Contact ${k} with customer ${i}`,
      happenedAt: new Date(start + i * 24 * hour + k * hour),
      participants: [{ name: 'Anna', role: 'MANAGER' }, { name: 'Boris', role: 'CLIENT' }, { name: 'Вера', role: 'OBSERVER' }],
    });
  }
  customers.push({
    localId: `${pad(0, 20)}${pad(i, 12)}`,
    name: `Customer ${pad(i, 4)}`,
    email: `c${i}@example.com`,
    status: statuses[i % 4],
    createdAt: new Date(start + i * 24 * hour),
    interactions,
  });
}

const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64');
schema.getType('DateTime').serialize = (value) => value.toISOString();
const customerType = schema.getType('Customer');
customerType.getFields().id.resolve = (c) => globalId('Customer', c.localId);
customerType.getFields().interactions.resolve = (c, args) => (args.kinds ? c.interactions.filter((i) => args.kinds.includes(i.kind)) : c.interactions);
schema.getType('Interaction').getFields().id.resolve = (i) => globalId('Interaction', i.localId);
schema.getQueryType().getFields().customers.resolve = (_, args) => {
  const page = customers.slice(0, args.first ?? 10);
  const edges = page.map((node) => ({ cursor: Buffer.from(`k${JSON.stringify([node.name, node.localId])}`).toString('base64'), node }));
  return {
    edges,
    nodes: page,
    totalCount: customers.length,
    pageInfo: { hasNextPage: page.length < customers.length, hasPreviousPage: false, startCursor: edges[0]?.cursor, endCursor: edges.at(-1)?.cursor },
  };
};

const query = `
query Crm($first: Int!, $kinds: [String!]) {
  customers(first: $first) {
    totalCount
    edges { cursor node { ...CustomerCard interactions(kinds: $kinds) { ...InteractionRow participants { name role } } } }
  }
}
fragment CustomerCard on Customer { id name email status createdAt }
fragment InteractionRow on Interaction { id kind subject happenedAt }
`;
const variableValues = { first: 100, kinds: ['CALL', 'MEETING', 'EMAIL'] };

function uncached() {
  const document = parse(query);
  const errors = validate(schema, document, specifiedRules);
  if (errors.length) throw errors[0];
  return JSON.stringify(execute({ schema, document, variableValues })).length;
}

const cachedDocument = parse(query);
function cached() {
  return JSON.stringify(execute({ schema, document: cachedDocument, variableValues })).length;
}

const smallQuery = `
query Card($first: Int!) {
  customers(first: $first) { totalCount edges { cursor node { ...CustomerCard } } pageInfo { hasNextPage endCursor } }
}
fragment CustomerCard on Customer { id name email status createdAt }
`;
const smallVariables = { first: 1 };
function uncachedSmall() {
  const document = parse(smallQuery);
  const errors = validate(schema, document, specifiedRules);
  if (errors.length) throw errors[0];
  return JSON.stringify(execute({ schema, document, variableValues: smallVariables })).length;
}

const cachedSmallDocument = parse(smallQuery);
function cachedSmall() {
  return JSON.stringify(execute({ schema, document: cachedSmallDocument, variableValues: smallVariables })).length;
}

function measure(name, fn) {
  const check = JSON.parse(JSON.stringify(execute({ schema, document: cachedDocument, variableValues })));
  if (check.errors) throw new Error(JSON.stringify(check.errors));
  for (let i = 0; i < 200; i++) fn();
  let runs = 0;
  const began = process.hrtime.bigint();
  const until = began + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < until) { fn(); runs++; }
  const elapsedNs = Number(process.hrtime.bigint() - began);
  const meanUs = elapsedNs / runs / 1000;
  console.log(`${name}: ${meanUs.toFixed(1)} us/op, ${(1e6 / meanUs).toFixed(0)} ops/s (${runs} runs)`);
}

console.log(`graphql-js ${(await import('graphql')).version} on node ${process.version}, ${customersCount} customers x ${interactionsPerCustomer} interactions x 3 participants`);
measure('uncached (parse + validate + execute + JSON)', uncached);
measure('cached (execute + JSON)', cached);
measure('uncached, small: one customer card', uncachedSmall);
measure('cached, small: one customer card', cachedSmall);
