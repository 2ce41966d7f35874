import { Badge, Button } from '@mantine/core';
import { Link } from 'react-router';
import { useUnreadCount } from './notifications';

/** The header's link to notifications, with the live unread count (just the count on phones). */
export function NotificationsLink() {
  const unread = useUnreadCount() ?? 0;
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  const count = (
    <Badge size="sm" circle={unread < 10} color="red.8" data-testid="unread-count">
      {unread > 99 ? '99+' : unread}
    </Badge>
  );
  return (
    <>
      <Button
        component={Link}
        to="/notifications"
        variant="subtle"
        size="compact-sm"
        visibleFrom="sm"
        aria-label={label}
        rightSection={unread > 0 ? count : undefined}
      >
        Notifications
      </Button>
      {unread > 0 && (
        <Button
          component={Link}
          to="/notifications"
          variant="subtle"
          size="compact-sm"
          hiddenFrom="sm"
          aria-label={label}
        >
          {count}
        </Button>
      )}
    </>
  );
}
