import { ConnectionShape, PageArgs } from '@crowdcomms/pagination';
import {
  AnyMember,
  CurrentContext,
  Loaders,
  RequestContext,
  RequestLoaders,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditLogArgs, AuditLogFilter, ProfileAuditEventConnection } from './dto/audit.types';
import { ProfileAuditEvent } from './entities/profile-audit-event.entity';
import { memberNameLoader } from './loaders';
import { ProfileAuditService } from './profile-audit.service';

@Resolver(() => ProfileAuditEvent)
export class ProfileAuditResolver {
  constructor(private readonly audit: ProfileAuditService) {}

  @AnyMember()
  @Query(() => ProfileAuditEventConnection, { description: 'Who viewed your profile, newest first.' })
  profileViewers(
    @CurrentContext() ctx: RequestContext,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<ProfileAuditEvent>> {
    return this.audit.viewers(ctx, args);
  }

  @Roles(Role.ADMIN)
  @Query(() => ProfileAuditEventConnection, {
    description: 'People searches, profile views and exports, newest first.',
  })
  auditLog(
    @CurrentContext() ctx: RequestContext,
    @Args() args: AuditLogArgs,
  ): Promise<ConnectionShape<ProfileAuditEvent>> {
    return this.audit.log(ctx, args);
  }

  @Roles(Role.ADMIN)
  @Query(() => String, { description: 'The audit log as CSV (at most 50 000 rows); the export is itself recorded.' })
  exportAuditLog(
    @CurrentContext() ctx: RequestContext,
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter?: AuditLogFilter,
  ): Promise<string> {
    return this.audit.exportCsv(ctx, filter ?? {});
  }

  @ResolveField(() => String, { nullable: true, description: 'Who did it.' })
  actorName(
    @CurrentContext() ctx: RequestContext,
    @Parent() event: ProfileAuditEvent,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return memberNameLoader(loaders, ctx, this.audit).load(event.actorMembershipId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Whose profile was viewed.' })
  async subjectName(
    @CurrentContext() ctx: RequestContext,
    @Parent() event: ProfileAuditEvent,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    if (!event.subjectMembershipId) return null;
    return memberNameLoader(loaders, ctx, this.audit).load(event.subjectMembershipId);
  }
}
