import { Public } from '@crowdcomms/request-context';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestPasswordResetInput, ResetPasswordInput } from '../dto/password-reset.types';
import { RateLimit, THROTTLE_BY_EMAIL, THROTTLE_BY_IP } from './auth-throttler.guard';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @RateLimit(THROTTLE_BY_IP, THROTTLE_BY_EMAIL)
  @Mutation(() => Boolean, {
    description:
      'E-mails a link to choose a new password. Always true: the answer never says whether the account exists.',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.resets.request(input.email);
    return true;
  }

  @Public()
  @RateLimit(THROTTLE_BY_IP)
  @Mutation(() => Boolean, {
    description: 'Sets a new password from an e-mailed reset link (single use); every session of the account ends.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.resets.reset(input.token, input.newPassword);
    return true;
  }
}
