import { graphql } from '../../gql';

export const RetentionSettingsQuery = graphql(`
  query AdminRetentionSettings {
    retentionSettings {
      lastRunAt
      periods {
        kind
        days
        defaultDays
        minDays
        maxDays
        changedAt
        lastRemoved
      }
    }
  }
`);

export const SetRetentionPeriodMutation = graphql(`
  mutation AdminSetRetentionPeriod($input: SetRetentionPeriodInput!) {
    setRetentionPeriod(input: $input) {
      kind
      days
      changedAt
    }
  }
`);
