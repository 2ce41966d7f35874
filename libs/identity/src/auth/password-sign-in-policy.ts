import { Injectable } from '@nestjs/common';

/** Who is starting a session with a password, and where. */
export interface PasswordSignIn {
  organisationId: string;
  /** None when the person is joining (accepting an invitation). */
  membershipId: string | null;
}

/**
 * Whether a password may open a session in an organisation. Identity has no rule of its own: the context
 * that knows one (single sign-on: "this organisation requires it") installs it at start-up, and password
 * sign-in, organisation switching and invitation acceptance ask it before any session starts.
 */
@Injectable()
export class PasswordSignInPolicy {
  private rule?: (signIn: PasswordSignIn) => Promise<void>;

  /** Installs the rule; it throws a domain error to refuse. */
  setRule(rule: (signIn: PasswordSignIn) => Promise<void>): void {
    this.rule = rule;
  }

  async assertAllowed(signIn: PasswordSignIn): Promise<void> {
    await this.rule?.(signIn);
  }
}
