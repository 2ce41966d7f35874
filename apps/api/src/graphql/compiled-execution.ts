import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  execute,
  getNamedType,
  isInputObjectType,
  Kind,
  printSchema,
  typeFromAST,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled documents kept: the web app's operations and any client's, least recently used dropped first. */
const COMPILED_DOCUMENTS = 500;

/**
 * Executes each operation through a function compiled for its document (graphql-jit) instead of walking the
 * document for every object of every response, as graphql-js does: a 50-post feed page completes ~1 100 fields.
 * Apollo Server accepts an executor only from a gateway, so this is a gateway serving the API's own schema,
 * which Nest hands over once built (`useSchema`). Parsing, validation, the cost limits and error formatting
 * stay Apollo's; only execution changes.
 */
export class CompiledExecution implements GatewayInterface {
  private schema?: GraphQLSchema;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  private readonly compiled = new Map<string, CompiledQuery>();

  /** Nest's `transformSchema`: the schema it built, kept for compiling. */
  useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  load(): Promise<{ executor: GatewayExecutor }> {
    const schema = this.schema;
    if (!schema) return Promise.reject(new Error('CompiledExecution: no schema (transformSchema was not called)'));
    const coreSupergraphSdl = printSchema(schema);
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl });
    return Promise.resolve({ executor: this.execute });
  }

  stop(): Promise<void> {
    this.compiled.clear();
    return Promise.resolve();
  }

  private readonly execute: GatewayExecutor = async (request) => {
    const schema = this.schema!;
    const variables = request.request.variables ?? {};
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let query = this.compiled.get(key);
    if (query) {
      // Most recently used last: the Map's first key is the one to drop.
      this.compiled.delete(key);
    } else {
      const compiled = fillsInputDefaults(schema, request.document)
        ? null
        : compileQuery(schema, request.document, request.operationName ?? undefined);
      if (!compiled || !isCompiledQuery(compiled)) {
        // A document the compiler does not handle (Apollo has validated it): graphql-js runs it as before.
        const operationName = request.operationName ?? undefined;
        return execute({
          schema,
          document: request.document,
          contextValue: request.context,
          variableValues: variables,
          operationName,
        });
      }
      query = compiled;
      if (this.compiled.size >= COMPILED_DOCUMENTS) this.compiled.delete(this.compiled.keys().next().value!);
    }
    this.compiled.set(key, query);
    const result = await query.query(undefined, request.context, variables);
    return result.errors
      ? { ...result, errors: result.errors.map((e) => asGraphQLJsError(e, !('data' in result))) }
      : result;
  };
}

/**
 * Whether a variable's input object has a field with a default value (a post's `kind`, a group's `privacy`):
 * graphql-jit's variable coercion reports such a field as missing instead of applying its default.
 */
function fillsInputDefaults(schema: GraphQLSchema, document: DocumentNode): boolean {
  const seen = new Set<string>();
  const hasDefaults = (type: GraphQLInputType | undefined): boolean => {
    const named = type && getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => f.defaultValue !== undefined || hasDefaults(f.type));
  };
  return document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (d.variableDefinitions ?? []).some((v) =>
        hasDefaults(typeFromAST(schema, v.type) as GraphQLInputType | undefined),
      ),
  );
}

/**
 * graphql-jit's errors carry locations but no `extensions` object, which Apollo and the error formatter read
 * (as graphql-js's always have one); variables that cannot be coerced (no data at all) are the client's
 * mistake, which graphql-js's errors tell Apollo through their nodes.
 */
function asGraphQLJsError(error: GraphQLError, variables: boolean): GraphQLError {
  const extensions = variables ? { code: 'BAD_USER_INPUT' } : error.extensions;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
  return Object.assign(converted, { locations: error.locations });
}
