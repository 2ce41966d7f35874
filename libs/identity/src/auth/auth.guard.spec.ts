import { AnyMember, Public, Role } from '@crowdcomms/request-context';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';

class Handlers {
  undeclared() {}

  @Public()
  open() {}

  @AnyMember()
  members() {}
}

function httpContext(handler: () => void, authorization?: string): ExecutionContext {
  const req = { headers: authorization ? { authorization } : {} };
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const auth = {
    authenticate: jest.fn(() =>
      Promise.resolve({ userId: 'u', organisationId: 'o', membershipId: 'm', sessionId: 's', roles: [Role.MEMBER] }),
    ),
  } as unknown as AuthService;
  const guard = new AuthGuard(new Reflector(), auth);
  const proto = Handlers.prototype;

  it('refuses an operation that declares no access rule, even for a signed-in caller', async () => {
    await expect(guard.canActivate(httpContext(proto.undeclared, 'Bearer token'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lets anyone through a public operation', async () => {
    await expect(guard.canActivate(httpContext(proto.open))).resolves.toBe(true);
  });

  it('asks for a bearer token on member operations', async () => {
    await expect(guard.canActivate(httpContext(proto.members))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(guard.canActivate(httpContext(proto.members, 'Bearer token'))).resolves.toBe(true);
  });
});
