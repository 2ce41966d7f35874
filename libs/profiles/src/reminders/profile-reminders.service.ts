import { AppConfig } from '@crowdcomms/config';
import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { MembersService } from '@crowdcomms/identity';
import { MailService } from '@crowdcomms/notifications';
import { forOrganisation } from '@crowdcomms/request-context';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { profileCompleteness } from '../completeness';
import { HALF_COMPLETE } from '../department-completeness';
import { ProfileSection } from '../dto/profile.types';
import { Profile } from '../entities/profile.entity';
import { ProfileSkill } from '../entities/profile-skill.entity';
import { claimReminderSql, reminderOrganisationsSql } from './profile-reminders.sql';

const SECTION_WORDS: Record<ProfileSection, string> = {
  [ProfileSection.SKILLS]: 'a few skills and your level in each',
  [ProfileSection.BIO]: 'a short bio',
  [ProfileSection.HEADLINE]: 'a headline',
  [ProfileSection.AVAILABILITY]: 'the hours a month you could give',
  [ProfileSection.WANTS_TO_DEVELOP]: 'skills you would like to develop',
  [ProfileSection.INTERESTS]: 'your interests',
  [ProfileSection.CV]: 'your CV (we suggest skills from it)',
  [ProfileSection.PHOTO]: 'a photo',
  [ProfileSection.LINKS]: 'where to find you online',
};

/**
 * The gentle monthly reminder to complete a profile: to active members whose profile is under
 * half complete and who have not turned reminders off, at most once per calendar month each (a
 * claimed row per member and month, committed with the e-mail it queues).
 */
@Injectable()
export class ProfileRemindersService {
  private readonly logger = new Logger(ProfileRemindersService.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  organisations(): Promise<string[]> {
    return this.db.within(crossOrganisation('the monthly profile reminder fans out to every organisation'), async () =>
      (await this.db.run<{ id: string }[]>(reminderOrganisationsSql())).map((o) => o.id),
    );
  }

  /** Reminds one organisation's members for `now`'s month; answers how many e-mails were queued. */
  async remind(organisationId: string, now: Date): Promise<number> {
    const ctx = forOrganisation(organisationId);
    const month = now.toISOString().slice(0, 7);
    const members = await this.members.findByIds(ctx, await this.members.activeMemberIds(ctx));
    if (!members.length) return 0;
    const profiles = await this.db.scoped(ctx, Profile).findBy({ membershipId: In(members.map((m) => m.id)) });
    const skills = profiles.length
      ? await this.db.scoped(ctx, ProfileSkill).findBy({ profileId: In(profiles.map((p) => p.id)) })
      : [];
    const profileOf = new Map(profiles.map((p) => [p.membershipId, p]));
    const due = members.flatMap((member) => {
      const profile = profileOf.get(member.id);
      if (profile && !profile.completionReminders) return [];
      const completeness = profile
        ? profileCompleteness(
            profile,
            skills.filter((s) => s.profileId === profile.id),
          )
        : { score: 0, missing: Object.values(ProfileSection) };
      return completeness.score < HALF_COMPLETE ? [{ member, completeness }] : [];
    });
    const users = new Map((await this.members.usersByIds(due.map((d) => d.member.userId))).map((u) => [u.id, u]));
    const appUrl = this.config.get('APP_URL').replace(/\/+$/, '');
    let sent = 0;
    for (const { member, completeness } of due) {
      const user = users.get(member.userId);
      if (!user) continue;
      await this.db.transaction(ctx, async () => {
        const claimed = await this.db.run<unknown[]>(claimReminderSql(organisationId, member.id, month));
        if (!claimed.length) return; // reminded already this month
        const ideas = completeness.missing.slice(0, 3).map((s) => `- ${SECTION_WORDS[s]}`);
        await this.mail.queueEmail({
          organisationId,
          to: user.email,
          subject: 'A few minutes to complete your Crowdcomms profile?',
          text: [
            `Hello ${user.displayName},`,
            '',
            `Your profile is ${completeness.score}% complete. The comms team finds people for tasks, workshops and calls through profiles, so a fuller one brings you the opportunities that suit you.`,
            '',
            'What would help most:',
            ...ideas,
            '',
            `Complete your profile: ${appUrl}/profile`,
            '',
            `We send this at most once a month while your profile is under half complete. To stop these reminders, turn them off in your notification settings: ${appUrl}/notifications`,
          ].join('\n'),
        });
        sent++;
      });
    }
    this.logger.log(`queued ${sent} profile reminders for organisation ${organisationId}`);
    return sent;
  }
}
