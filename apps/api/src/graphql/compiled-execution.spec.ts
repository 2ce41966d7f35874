import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, execute, getIntrospectionQuery, getOperationAST, GraphQLSchema, parse } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createHash } from 'node:crypto';
import { CompiledExecution } from './compiled-execution';

// The real compiler, counted: which documents run compiled, and from when.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compiles = () => (compileQuery as jest.Mock).mock.calls.length;

/** As the product's domain errors: a code of its own, no GraphQL `extensions` (the formatter maps the code). */
class Refused extends Error {
  readonly code = 'FORBIDDEN';
}

const schema = buildSchema(`
  enum Level { AWARE EXPERT }
  input PostInput { body: String!, kind: String! = "UPDATE" }
  input SkillInput { name: String!, level: Level! }
  type Post { id: ID!, body: String!, kind: String! }
  input EchoInput { a: String, b: String }
  type Query {
    posts(first: Int!): [Post!]!, secret: String, level(skill: SkillInput!): Int!, broken: Post
    echo(input: EchoInput!): String!, count(ids: [Int!]!): Int!
  }
  type Mutation { createPost(input: PostInput!): Post! }
`);
const posts = [
  { id: '1', body: 'Boost your blog', kind: 'UPDATE' },
  { id: '2', body: 'Social account rota', kind: 'EVENT' },
];
let created = 0;
// Each root field's resolver, as Nest gives every field one.
const resolvers: Record<string, (args: Record<string, unknown>) => unknown> = {
  posts: ({ first }) => posts.slice(0, first as number),
  secret: () => {
    throw new Refused('Not yours');
  },
  // An enum's internal value differs from its name, as Nest's numeric enums do.
  level: ({ skill }) => (skill as { level: number }).level,
  createPost: ({ input }) => {
    created++;
    return { id: '3', ...(input as object) };
  },
  // Which fields arrived: an omitted one must stay out (a null clears a profile's field).
  echo: ({ input }) => JSON.stringify(input),
  count: ({ ids }) => (ids as number[]).length,
  // A required field that comes back empty: the nearest nullable parent becomes null, with an error.
  broken: () => ({ id: '9', body: null, kind: 'UPDATE' }),
};
for (const [name, resolve] of Object.entries(resolvers)) {
  const field = schema.getQueryType()!.getFields()[name] ?? schema.getMutationType()!.getFields()[name];
  field.resolve = (_parent, args: Record<string, unknown>) => resolve(args);
}
const level = schema.getType('Level') as unknown as { getValue(name: string): { value: unknown } };
level.getValue('AWARE').value = 1;
level.getValue('EXPERT').value = 5;

async function start(forSchema: GraphQLSchema): Promise<GatewayExecutor> {
  const execution = new CompiledExecution();
  execution.useSchema(forSchema);
  const schemas: GraphQLSchema[] = [];
  execution.onSchemaLoadOrUpdate(({ apiSchema }) => schemas.push(apiSchema));
  const { executor } = await execution.load();
  expect(schemas).toEqual([forSchema]);
  return executor;
}

/** What Apollo hands a gateway's executor, for one document: the operation it resolved from the name sent. */
function request(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  const operation = getOperationAST(document, operationName);
  return {
    request: { query, variables, operationName },
    document,
    operation,
    operationName: operation?.name?.value ?? null,
    queryHash: createHash('sha256').update(query).digest('hex'),
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

describe('CompiledExecution', () => {
  let executor: GatewayExecutor;
  beforeAll(async () => (executor = await start(schema)));
  /** Runs a document as a client sending it again and again would: the second time, compiled when it can be. */
  const run = async (r: GatewayGraphQLRequestContext) => {
    const first = await executor(r);
    const again = await executor(r);
    expect(again).toEqual(first);
    return again;
  };

  it('interprets a document the first time, compiles it the second, and answers as graphql-js throughout', async () => {
    const query = 'query Posts($first: Int!) { posts(first: $first) { id body } }';
    const expected = await execute({ schema, document: parse(query), variableValues: { first: 1 } });
    expect(expected.data).toEqual({ posts: [{ id: '1', body: 'Boost your blog' }] });
    const before = compiles();
    expect(await executor(request(query, { first: 1 }))).toEqual(expected);
    expect(compiles()).toBe(before);
    expect(await executor(request(query, { first: 1 }))).toEqual(expected);
    expect(compiles()).toBe(before + 1);
    expect(await executor(request(query, { first: 2 }))).toEqual({
      data: { posts: posts.map(({ id, body }) => ({ id, body })) },
    });
    expect(compiles()).toBe(before + 1);
  });

  it('answers introspection (Apollo Sandbox, outside production) as graphql-js does', async () => {
    const query = getIntrospectionQuery();
    expect(await run(request(query))).toEqual(await execute({ schema, document: parse(query) }));
  });

  it('skips and includes fields and fragments as graphql-js does', async () => {
    const query = `query Posts($with: Boolean!, $without: Boolean!) {
      posts(first: 2) {
        id
        ... on Post @include(if: $with) { body }
        ...Kind @skip(if: $with)
        body @skip(if: $without)
        kind @include(if: $without)
      }
    }
    fragment Kind on Post { kind }`;
    for (const variables of [
      { with: true, without: false },
      { with: false, without: true },
    ]) {
      const expected = await execute({ schema, document: parse(query), variableValues: variables });
      expect(await run(request(query, variables))).toEqual(expected);
    }
  });

  it("applies an input field's default, which the compiler would report as missing", async () => {
    const query = 'mutation Create($input: PostInput!) { createPost(input: $input) { id body kind } }';
    const before = compiles();
    expect(await run(request(query, { input: { body: 'Hello' } }))).toEqual({
      data: { createPost: { id: '3', body: 'Hello', kind: 'UPDATE' } },
    });
    expect(compiles()).toBe(before);
  });

  it("applies a variable's default, which the compiler would report as missing", async () => {
    const query = 'query Posts($first: Int! = 1) { posts(first: $first) { id } }';
    expect(await run(request(query))).toEqual({ data: { posts: [{ id: '1' }] } });
  });

  it('leaves out a field given by an omitted variable inside an object written in the document', async () => {
    const query = 'query Echo($a: String, $b: String) { echo(input: { a: $a, b: $b }) }';
    expect(await run(request(query, { a: 'x' }))).toEqual({ data: { echo: '{"a":"x"}' } });
  });

  it('runs nothing when no operation has the name sent, and says so', async () => {
    const query = 'mutation Create { createPost(input: { body: "Hello" }) { id } }';
    const before = created;
    const result = await run(request(query, {}, 'Nope'));
    expect(result.data).toBeUndefined();
    expect(result.errors!.map((e) => e.message)).toEqual(['Unknown operation named "Nope".']);
    expect(created).toBe(before);
  });

  it('gives an enum its internal value, in a variable and written in the document', async () => {
    const query = 'query Level($skill: SkillInput!) { level(skill: $skill) }';
    expect(await run(request(query, { skill: { name: 'Writing', level: 'EXPERT' } }))).toEqual({ data: { level: 5 } });
    expect(await run(request('{ level(skill: { name: "Writing", level: AWARE }) }'))).toEqual({ data: { level: 1 } });
  });

  it("keeps a resolver's error as graphql-js gives it: the error itself, where it happened, an extensions object", async () => {
    const query = '{ secret posts(first: 1) { id } }';
    const result = await run(request(query));
    expect(result.data).toEqual({ secret: null, posts: [{ id: '1' }] });
    const [error] = result.errors!;
    const [expected] = (await execute({ schema, document: parse(query) })).errors!;
    expect(error.originalError).toBeInstanceOf(Refused);
    // Apollo reads `extensions.code` of every error: graphql-js always gives the object, graphql-jit only when the cause has one.
    expect(error.toJSON()).toEqual(expected.toJSON());
    expect(error.extensions).toEqual({});
  });

  it('turns a missing required field into null up to the nearest nullable parent, with the same error', async () => {
    const query = '{ broken { id body kind } posts(first: 1) { id } }';
    const result = await run(request(query));
    const expected = await execute({ schema, document: parse(query) });
    expect(result.data).toEqual({ broken: null, posts: [{ id: '1' }] });
    expect(result.data).toEqual(expected.data);
    expect(result.errors!.map((e) => e.toJSON())).toEqual(expected.errors!.map((e) => e.toJSON()));
  });

  it("reports variables that cannot be coerced as graphql-js does: the client's, at most 50 errors", async () => {
    const query = 'query Posts($first: Int!) { posts(first: $first) { id } }';
    const result = await run(request(query, { first: 'many' }));
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].message).toMatch(/^Variable "\$first" got invalid value "many"/);
    // What Apollo reads to answer BAD_USER_INPUT with HTTP 400.
    expect(result.errors![0].nodes?.[0].kind).toBe('VariableDefinition');

    const many = await run(request('query Count($ids: [Int!]!) { count(ids: $ids) }', { ids: Array(500).fill(true) }));
    expect(many.data).toBeUndefined();
    expect(many.errors!.length).toBeLessThanOrEqual(51);
    expect(many.errors!.at(-1)!.message).toMatch(/Too many errors processing variables/);
  });
});
