import { BadRequestException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ConflictError, NotFoundError } from './domain-errors';
import { formatGraphQLError } from './format-graphql-error';

const wrap = (originalError: Error) =>
  new GraphQLError(originalError.message, {
    originalError,
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
  });
const format = (error: GraphQLError) => formatGraphQLError(error.toJSON(), error);

describe('formatGraphQLError', () => {
  it('keeps a domain error’s code and message', () => {
    expect(format(wrap(new NotFoundError('Member')))).toMatchObject({
      message: 'Member not found',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(format(wrap(new ConflictError('Already used', { status: 'OPEN' }))).extensions).toEqual({
      code: 'CONFLICT',
      status: 'OPEN',
    });
  });

  it('reports every validation message as BAD_USER_INPUT', () => {
    const error = wrap(
      new BadRequestException({ message: ['first must not be greater than 100', 'after must be a string'] }),
    );
    expect(format(error)).toMatchObject({
      message: 'first must not be greater than 100; after must be a string',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hides an unexpected failure behind "Internal server error", without a stack trace', () => {
    const formatted = format(
      wrap(new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app.js:1")),
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('answers SERVICE_UNAVAILABLE, without details, when Redis or PostgreSQL is out of reach', () => {
    const redisDown = Object.assign(new Error('Reached the max retries per request limit (which is 1).'), {
      name: 'MaxRetriesPerRequestError',
    });
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
      driverError: { code: '57P01' },
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    // A transaction whose connection was lost between two statements: TypeORM refuses the next one.
    const lostMidTransaction = [new QueryRunnerAlreadyReleasedError(), new QueryRunnerProviderAlreadyReleasedError()];
    for (const error of [
      redisDown,
      terminated,
      refused,
      new Error('Connection terminated unexpectedly'),
      ...lostMidTransaction,
    ]) {
      const formatted = format(wrap(error));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(formatted.message).toBe('The service is briefly unavailable; try again in a moment');
    }
  });

  it('does not take a query error for an outage', () => {
    const syntax = Object.assign(new Error('syntax error at or near "FROM"'), { driverError: { code: '42601' } });
    expect(format(wrap(syntax)).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('never shows a database failure’s SQL: the client sees a generic coded error, the log keeps the detail', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const sql = 'INSERT INTO "assignment"("organisation_id") VALUES ($1)';
      const failure = new QueryFailedError(sql, ['x'], new Error('null value in column "task_id" violates not-null'));
      const formatted = format(wrap(failure));
      expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(formatted)).not.toMatch(/INSERT|assignment|violates/);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('violates not-null'));
    } finally {
      logged.mockRestore();
    }
  });

  it('gives graphql-js’s own “too many errors” for bad variables a code', () => {
    const abort = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(format(abort)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
