import { isRetryableTransactionError, retryTransaction } from './transaction-retry';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('retryTransaction', () => {
  it('runs a deadlock victim or a serialization failure again, a bounded number of times', async () => {
    let runs = 0;
    const result = await retryTransaction(
      () => {
        runs++;
        if (runs === 1) throw pgError('40P01');
        if (runs === 2) throw Object.assign(new Error('wrapped'), { driverError: pgError('40001') });
        return Promise.resolve('committed');
      },
      { random: () => 0 },
    );
    expect(result).toBe('committed');
    expect(runs).toBe(3);

    let tries = 0;
    await expect(
      retryTransaction(
        () => {
          tries++;
          return Promise.reject(pgError('40P01'));
        },
        { attempts: 3, random: () => 0 },
      ),
    ).rejects.toThrow('pg 40P01');
    expect(tries).toBe(3);
  });

  it('throws any other error at once', async () => {
    let runs = 0;
    await expect(
      retryTransaction(() => {
        runs++;
        return Promise.reject(pgError('23505'));
      }),
    ).rejects.toThrow('pg 23505');
    expect(runs).toBe(1);
    expect(isRetryableTransactionError(new Error('plain'))).toBe(false);
    expect(isRetryableTransactionError(null)).toBe(false);
  });
});
