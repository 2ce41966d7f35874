// The auth area: one lazily loaded chunk, imported page by page from app/router.tsx.
export { AcceptInvitationPage } from './AcceptInvitationPage';
export { ChangePasswordPage } from './ChangePasswordPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { SignInPage } from './SignInPage';
export { SignUpPage } from './SignUpPage';
export { SsoStartPage } from './SsoStartPage';
