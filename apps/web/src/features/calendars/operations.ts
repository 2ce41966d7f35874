import { graphql } from '../../gql';

export const MyCalendarFeedQuery = graphql(`
  query CalendarsMyFeed {
    myCalendarFeed {
      id
      createdAt
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CalendarsCreateFeed {
    createCalendarFeed {
      url
      feed {
        id
        createdAt
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation CalendarsRevokeFeed {
    revokeCalendarFeed
  }
`);
