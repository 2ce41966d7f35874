export { describeError, describeWait, type ErrorDescription } from './errors';
export { applyApiError, focusFirstInvalidOnSubmit } from './forms';
export { RequireRole, RequireSession } from './guards';
export { NotFoundContent, NotFoundPage } from './NotFoundPage';
export { Page, useDocumentTitle } from './Page';
export { useSingleFlight } from './single-flight';
export { EmptyState, ErrorState, LoadingState, QueryState } from './states';
export { hasRole, useMe, useSession, type Me, type RoleName } from '../session/SessionProvider';
