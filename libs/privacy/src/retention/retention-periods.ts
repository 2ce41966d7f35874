import { RETENTION_RULES, RetentionKind } from './retention-kind';
import { RetentionPolicy } from './retention-policy.entity';
import { RetentionPeriod } from './retention.types';

/** A kind's period in force: the organisation's choice, else the default. */
export function periodInForce(kind: RetentionKind, stored: RetentionPolicy | undefined): RetentionPeriod {
  const rule = RETENTION_RULES[kind];
  return {
    kind,
    days: stored?.days ?? rule.defaultDays,
    defaultDays: rule.defaultDays,
    minDays: rule.minDays,
    maxDays: rule.maxDays,
    changedAt: stored?.changedAt ?? null,
    lastRemoved: stored?.lastRemoved ?? 0,
  };
}
