import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  OperationDefinitionNode,
  visit,
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

/** Documents remembered: the web app's operations and any client's, least recently used dropped first. */
const COMPILED_DOCUMENTS = 500;
/** A document seen once, interpreted: compiled if it comes again. */
const SEEN_ONCE = 'seen once';
/** A document graphql-js runs (see `needsGraphqlJs`), or one graphql-jit could not compile. */
const INTERPRETED = 'graphql-js';
type Execution = CompiledQuery | typeof SEEN_ONCE | typeof INTERPRETED;

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
  private readonly compiled = new Map<string, Execution>();

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
    const interpret = () =>
      execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName: request.request.operationName ?? undefined,
      });
    // No operation matched the name sent: graphql-js answers with its error and runs nothing.
    if (!request.operation) return interpret();
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    const query = this.next(key, () => this.compile(schema, request.document, request.operation));
    if (typeof query === 'string') return interpret();
    const result = await query.query(undefined, request.context, variables);
    // Variables that cannot be coerced (nothing ran): graphql-js says so in its own words, marked as the
    // client's mistake and at most 50 of them (graphql-jit lists every one).
    if (!('data' in result)) return interpret();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  /**
   * What runs `key` now: a document is interpreted the first time it is seen and compiled the second, so that
   * documents sent once (a hand-written query, or a client sending a new one each time) never pay for compiling.
   */
  private next(key: string, compile: () => CompiledQuery | typeof INTERPRETED): Execution {
    const known = this.compiled.get(key);
    // Most recently used last: the Map's first key is the one to drop.
    if (known) this.compiled.delete(key);
    else if (this.compiled.size >= COMPILED_DOCUMENTS) this.compiled.delete(this.compiled.keys().next().value!);
    const now = known === SEEN_ONCE ? compile() : (known ?? SEEN_ONCE);
    this.compiled.set(key, now);
    return now;
  }

  private compile(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
  ): CompiledQuery | typeof INTERPRETED {
    if (needsGraphqlJs(schema, document, operation)) return INTERPRETED;
    const compiled = compileQuery(schema, document, operation.name?.value);
    return isCompiledQuery(compiled) ? compiled : INTERPRETED;
  }
}

/**
 * Whether graphql-jit would coerce this operation's variables differently from graphql-js, which then runs
 * it: a variable's default value (`$first: Int! = 5`: reported missing), an input object with a field's
 * default (a post's `kind`, a group's `privacy`: reported missing), or a variable inside an object or list
 * written in the document (`filter: { search: $search }`: an omitted one becomes null, where graphql-js leaves
 * the field out — and null clears a profile's field).
 */
function needsGraphqlJs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const seen = new Set<string>();
  const hasDefaults = (type: GraphQLInputType | undefined): boolean => {
    const named = type && getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => f.defaultValue !== undefined || hasDefaults(f.type));
  };
  const variables = operation.variableDefinitions ?? [];
  if (variables.some((v) => v.defaultValue || hasDefaults(typeFromAST(schema, v.type) as GraphQLInputType))) {
    return true;
  }
  let nested = false;
  visit(document, {
    Variable(_node, _key, _parent, _path, ancestors) {
      if (ancestors.some((a) => 'kind' in a && (a.kind === Kind.OBJECT || a.kind === Kind.LIST))) nested = true;
    },
  });
  return nested;
}

/**
 * graphql-jit's errors carry locations but no `extensions` object, which Apollo and the error formatter read
 * (graphql-js's always have one).
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  return Object.assign(converted, { locations: error.locations });
}
