import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { NotificationAddedSubscription, UnreadCountQuery } from './operations';

/**
 * The live count of unread notifications: fetched once, then refreshed whenever
 * the API pushes a new notification over the `notificationAdded` subscription
 * (which also refreshes an open notifications list).
 */
export function useUnreadCount(): number | undefined {
  const client = useApolloClient();
  const { data } = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedSubscription, {
    onData: () => {
      void client.refetchQueries({ include: ['VolunteerUnreadCount', 'VolunteerMyNotifications'] });
    },
  });
  return data?.unreadNotificationCount;
}
