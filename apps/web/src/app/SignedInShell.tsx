import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import { RequireSession } from '../shared/guards';
import { AppLayout } from './AppLayout';

/**
 * Everything around the signed-in pages, in its own chunk: the sign-in page (the
 * first page most people load) does not download the shell, its menus, the session
 * dialog or the date library.
 */
export function SignedInShell() {
  return (
    <DatesProvider settings={{ locale: 'en-gb', firstDayOfWeek: 1 }}>
      <RequireSession>
        <AppLayout />
      </RequireSession>
    </DatesProvider>
  );
}
