import { Container, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '../shared/states';

/** The frame of the signed-out pages (sign in, sign up, invitations, password reset). */
export function PublicLayout() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="public-header">
        <Container size={460}>
          <Text fw={700} c="blue.9" size="lg">
            Crowdcomms
          </Text>
        </Container>
      </header>
      <Container size={460} py="lg" component="main" id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}
