import { Public } from '@crowdcomms/request-context';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { CalendarFeedsService } from './calendar-feeds.service';

/**
 * `GET /calendar/<organisation>.<secret>.ics`: a member's subscription, for calendar apps that cannot
 * sign in — the secret in the URL is the credential. An unknown, malformed or revoked secret, or one
 * whose member is no longer active, answers a plain 404 (never which of them it was).
 */
@Public()
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const ics = await this.feeds.open(file);
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    if (ics === null) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8');
    res.setHeader('content-disposition', 'inline; filename="crowdcomms.ics"');
    res.send(ics);
  }
}
