import {
  DeepPartial,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OrganisationScope } from './data-scope';

/** An entity owned by one organisation. */
export interface OrganisationOwned extends ObjectLiteral {
  organisationId: string;
}

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

/**
 * A repository of organisation-owned rows that can only see and change the
 * rows of one organisation (Twenty's WorkspaceScopedRepository idea): the
 * organisation is merged into every `where` and every row written, and a
 * `where` naming another organisation is refused rather than widened. Reads a
 * foreign id exactly like a missing one.
 */
export class ScopedRepository<T extends OrganisationOwned> {
  readonly organisationId: string;

  constructor(
    private readonly repository: Repository<T>,
    scope: OrganisationScope,
    /** Runs a call under this organisation (for row-level security when it borrows a connection). */
    private readonly within: <R>(work: () => Promise<R>) => Promise<R> = (work) => work(),
  ) {
    if (!scope?.organisationId) throw new Error('a scoped repository needs the organisation of the request');
    this.organisationId = scope.organisationId;
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.within(() => this.repository.find({ ...options, where: this.where(options.where) }));
  }

  findBy(where: Where<T> = {}): Promise<T[]> {
    return this.within(() => this.repository.findBy(this.where(where)));
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.within(() => this.repository.findOne({ ...options, where: this.where(options.where) }));
  }

  findOneBy(where: Where<T>): Promise<T | null> {
    return this.within(() => this.repository.findOneBy(this.where(where)));
  }

  existsBy(where: Where<T>): Promise<boolean> {
    return this.within(() => this.repository.existsBy(this.where(where)));
  }

  countBy(where: Where<T> = {}): Promise<number> {
    return this.within(() => this.repository.countBy(this.where(where)));
  }

  /** A new entity of this organisation (not saved). */
  create(values: DeepPartial<T>): T {
    return this.repository.create({ ...values, organisationId: this.owned(values.organisationId) } as DeepPartial<T>);
  }

  /** Saves entities of this organisation; one of another organisation is refused. */
  save<E extends DeepPartial<T>>(entity: E): Promise<E & T>;
  save<E extends DeepPartial<T>>(entities: E[]): Promise<(E & T)[]>;
  save<E extends DeepPartial<T>>(entityOrEntities: E | E[]): Promise<(E & T) | (E & T)[]> {
    const all = Array.isArray(entityOrEntities) ? entityOrEntities : [entityOrEntities];
    for (const entity of all)
      (entity as { organisationId?: string }).organisationId = this.owned(entity.organisationId);
    return this.within(() => this.repository.save(entityOrEntities as E));
  }

  async insert(values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[]): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({
      ...v,
      organisationId: this.owned((v as { organisationId?: unknown }).organisationId),
    }));
    await this.within(() => this.repository.insert(rows));
  }

  /** Updates this organisation's rows matching `where`; returns how many changed. */
  async update(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>): Promise<number> {
    if ('organisationId' in patch) throw new Error('a row cannot move to another organisation');
    const result = await this.within(() => this.repository.update(this.where(where), patch));
    return result.affected ?? 0;
  }

  /** Deletes this organisation's rows matching `where`; returns how many went. */
  async delete(where: FindOptionsWhere<T>): Promise<number> {
    const result = await this.within(() => this.repository.delete(this.where(where)));
    return result.affected ?? 0;
  }

  /** A query builder already limited to this organisation: add conditions with `andWhere`, never `where`. */
  createQueryBuilder(alias: string): SelectQueryBuilder<T> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organisationId = :scopedOrganisationId`, { scopedOrganisationId: this.organisationId });
  }

  /** `where` (or each alternative of it) with this organisation added. */
  where(where: Where<T> | undefined): Where<T> {
    const scope = (w: FindOptionsWhere<T>) => {
      const given = (w as { organisationId?: unknown }).organisationId;
      if (given !== undefined && given !== this.organisationId) {
        throw new Error('a scoped repository cannot query another organisation');
      }
      return { ...w, organisationId: this.organisationId } as FindOptionsWhere<T>;
    };
    if (Array.isArray(where)) {
      if (!where.length) throw new Error('an empty list of conditions would match nothing');
      return where.map(scope);
    }
    return scope(where ?? {});
  }

  private owned(organisationId: unknown): string {
    if (organisationId !== undefined && organisationId !== this.organisationId) {
      throw new Error('a scoped repository cannot write rows of another organisation');
    }
    return this.organisationId;
  }
}
