import { ACCESS_METADATA, AccessRule } from '@crowdcomms/request-context';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, TestApp } from './utils/test-app';

const SCHEMA_FILE = path.join(__dirname, '..', 'schema.gql');

/** Access rules of every root resolver method, keyed `Query.me`, `Mutation.login`… */
function declaredAccess(t: TestApp): Map<string, AccessRule | undefined> {
  const discovery = t.app.get(DiscoveryService, { strict: false });
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const rules = new Map<string, AccessRule | undefined>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(proto)) {
      const handler = (proto as Record<string, unknown>)[method] as () => unknown;
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
      rules.set(
        `${type}.${name}`,
        reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
          handler,
          instance.constructor as () => unknown,
        ]),
      );
    }
  }
  return rules;
}

function rootFields(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
    root ? Object.keys(root.getFields()).map((field) => `${root.name}.${field}`) : [],
  );
}

describe('the GraphQL schema', () => {
  let t: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('declares who may call every query, mutation and subscription', () => {
    const access = declaredAccess(t);
    const fields = rootFields(schema);
    expect(fields.length).toBeGreaterThan(15);
    const undeclared = fields.filter((field) => !access.get(field));
    expect(undeclared).toEqual([]);
  });

  it('keeps only sign-up, log-in, refresh, invitation acceptance and password reset public', () => {
    const access = declaredAccess(t);
    const publicOps = rootFields(schema).filter((field) => access.get(field)?.kind === 'public');
    expect(publicOps.sort()).toEqual(
      [
        'Mutation.acceptInvitation',
        'Mutation.login',
        'Mutation.refresh',
        'Mutation.requestPasswordReset',
        'Mutation.resetPassword',
        'Mutation.signUp',
      ].sort(),
    );
  });

  it('matches the committed schema.gql (run `npm run schema` after changing the API)', () => {
    const printed = printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
