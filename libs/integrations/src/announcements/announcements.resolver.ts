import { TransactionalConnection } from '@crowdcomms/data-access';
import { ProfileAuditService } from '@crowdcomms/profiles';
import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnnouncementDestination } from './announcement-destination.entity';
import { AnnouncementsService, describeDestination } from './announcements.service';
import {
  CreateAnnouncementDestinationInput,
  CreatedAnnouncementDestination,
  UpdateAnnouncementDestinationInput,
} from './dto/announcement-destinations.types';

const SETTING = 'announcementDestination';

/** Admins connect the organisation's channels for announcements; every change is in the audit log. */
@Resolver(() => AnnouncementDestination)
export class AnnouncementsResolver {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly announcements: AnnouncementsService,
    private readonly audit: ProfileAuditService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [AnnouncementDestination], {
    description: 'Where the organisation’s announcements go, with what each announces and how its deliveries went.',
  })
  announcementDestinations(@CurrentContext() ctx: RequestContext): Promise<AnnouncementDestination[]> {
    return this.announcements.list(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedAnnouncementDestination, {
    description:
      'Connects a Teams, Slack or generic webhook. The URL must be https and public; it is stored encrypted and never shown again.',
  })
  createAnnouncementDestination(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CreateAnnouncementDestinationInput,
  ): Promise<CreatedAnnouncementDestination> {
    return this.db.transaction(ctx, async () => {
      const created = await this.announcements.create(ctx, input);
      await this.audit.recordSettingChange(ctx, SETTING, null, describeDestination(created.destination));
      return created;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AnnouncementDestination, { description: 'Renames it, changes its URL or what it announces.' })
  updateAnnouncementDestination(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateAnnouncementDestinationInput,
  ): Promise<AnnouncementDestination> {
    return this.db.transaction(ctx, async () => {
      const { before, after } = await this.announcements.update(ctx, input);
      const changedUrl = input.url !== undefined ? { urlChanged: true } : {};
      await this.audit.recordSettingChange(ctx, SETTING, describeDestination(before), {
        ...describeDestination(after),
        ...changedUrl,
      });
      return after;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedAnnouncementDestination, {
    description:
      'Gives a generic webhook a new signing secret, shown this once. For keepPreviousHours (0–168) each delivery is also signed with the old secret, so the receiver can switch without refusing any; 0 stops the old one at once.',
  })
  rotateAnnouncementSigningSecret(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('keepPreviousHours', { type: () => Int, defaultValue: 24 }) keepPreviousHours: number,
  ): Promise<CreatedAnnouncementDestination> {
    return this.db.transaction(ctx, async () => {
      const rotated = await this.announcements.rotateSigningSecret(ctx, id, keepPreviousHours);
      await this.audit.recordSettingChange(
        ctx,
        SETTING,
        { id },
        {
          ...describeDestination(rotated.destination),
          signingSecretRotated: true,
          previousSecretExpiresAt: rotated.destination.previousSecretExpiresAt?.toISOString() ?? null,
        },
      );
      return rotated;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AnnouncementDestination, { description: 'Disconnects it: nothing more is sent there.' })
  deleteAnnouncementDestination(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<AnnouncementDestination> {
    return this.db.transaction(ctx, async () => {
      const removed = await this.announcements.remove(ctx, id);
      await this.audit.recordSettingChange(ctx, SETTING, describeDestination(removed), 'deleted');
      return removed;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AnnouncementDestination, {
    description:
      'Sends again to a destination that paused itself after repeated failures (announcements made meanwhile are not sent).',
  })
  resumeAnnouncementDestination(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<AnnouncementDestination> {
    return this.db.transaction(ctx, async () => {
      const { destination, changed } = await this.announcements.resume(ctx, id);
      if (changed)
        await this.audit.recordSettingChange(ctx, SETTING, { id, paused: true }, describeDestination(destination));
      return destination;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AnnouncementDestination, {
    description: 'Queues a test message to it; its delivery shows in lastStatus / lastError like any announcement.',
  })
  sendTestAnnouncement(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<AnnouncementDestination> {
    return this.announcements.sendTest(ctx, id);
  }
}
