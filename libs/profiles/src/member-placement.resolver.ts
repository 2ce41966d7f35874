import { Membership, ProfileVisibility } from '@crowdcomms/identity';
import { CurrentContext, hasRole, Loaders, RequestContext, RequestLoaders, Role } from '@crowdcomms/request-context';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProfilesService } from './profiles.service';
import { visibleTo } from './visibility';

/**
 * A member's grade and location are personal: colleagues read them only as the
 * member's profile visibility allows (HR for HR_ONLY, everyone for
 * ORGANISATION); the member and the organisation's admins (who set them) always.
 */
@Resolver(() => Membership)
export class MemberPlacementResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => String, { nullable: true, description: 'Shown as the member’s profile visibility allows.' })
  async grade(
    @CurrentContext() ctx: RequestContext,
    @Parent() member: Membership,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return (await this.mayRead(ctx, member, loaders)) ? member.grade : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown as the member’s profile visibility allows.' })
  async location(
    @CurrentContext() ctx: RequestContext,
    @Parent() member: Membership,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return (await this.mayRead(ctx, member, loaders)) ? member.location : null;
  }

  private async mayRead(ctx: RequestContext, member: Membership, loaders: RequestLoaders): Promise<boolean> {
    if (member.id === ctx.membershipId || hasRole(ctx, Role.ADMIN)) return true;
    if (member.grade == null && member.location == null) return true; // nothing to hide: no lookup
    const visibility = await loaders
      .get<string, ProfileVisibility>('profiles.visibilityByMember', (ids) =>
        this.profiles.visibilityOfMembers(ctx, ids),
      )
      .load(member.id);
    return visibleTo(ctx).includes(visibility);
  }
}
