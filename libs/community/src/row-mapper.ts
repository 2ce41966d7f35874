import { Driver, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

const STRING_TYPES = new Set(['uuid', 'text', 'varchar', 'character varying']);

/**
 * Reads one entity out of a hand-written query's rows: `select` lists the
 * entity's columns under a prefix (`p.created_at AS "p_created_at"`), `map`
 * builds the entity from them with TypeORM's own column metadata and value
 * conversion — what `getMany()` does, without re-parsing the query each time.
 */
export class RowMapper<T extends ObjectLiteral> {
  readonly select: string;
  private readonly columns: { column: ColumnMetadata; key: string }[];
  private readonly metadata: EntityMetadata;

  constructor(
    /** The data source's metadata and driver (no queries run through it). */
    private readonly connection: {
      getMetadata(target: EntityTarget<ObjectLiteral>): EntityMetadata;
      readonly driver: Driver;
    },
    target: EntityTarget<T>,
    alias: string,
    private readonly prefix: string,
    exclude: readonly string[] = [],
  ) {
    this.metadata = connection.getMetadata(target);
    this.columns = this.metadata.columns
      .filter((c) => !exclude.includes(c.propertyName))
      .map((column) => ({ column, key: `${prefix}_${column.databaseName}` }));
    this.select = this.columns
      .map(({ column, key }) => {
        const sql = `${alias}."${column.databaseName}"`;
        // Arrays of strings come as JSON: JSON.parse reads them several times faster than the driver's
        // array-literal parser, with the same result (other arrays keep the driver's typed parsing).
        return `${column.isArray && STRING_TYPES.has(String(column.type)) ? `to_json(${sql})` : sql} AS "${key}"`;
      })
      .join(', ');
  }

  /** The entity from a JSON object of its row (`json_agg(t)`: keys are column names, values JSON). */
  fromJson(json: Record<string, unknown>): T {
    return this.hydrate(({ column }) => json[column.databaseName]);
  }

  /** The entity in `row`, or null when its primary key is null (an outer join that found nothing). */
  map(row: Record<string, unknown>): T | null {
    if (row[`${this.prefix}_id`] == null) return null;
    return this.hydrate(({ key }) => row[key]);
  }

  private hydrate(valueOf: (c: { column: ColumnMetadata; key: string }) => unknown): T {
    const entity = this.metadata.create() as T;
    const driver = this.connection.driver;
    for (const c of this.columns) c.column.setEntityValue(entity, driver.prepareHydratedValue(valueOf(c), c.column));
    return entity;
  }
}
