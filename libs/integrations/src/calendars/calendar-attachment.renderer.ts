import {
  CALENDAR_ATTACHMENT,
  EmailAttachmentRenderer,
  EmailAttachments,
  RenderedAttachment,
} from '@crowdcomms/notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { CalendarEventsService } from './calendar-events.service';
import { toIcs } from './ics';

/**
 * Renders a task's `.ics` when its e-mail is sent, from the task as it is then: METHOD:PUBLISH to add
 * it, or METHOD:CANCEL (STATUS:CANCELLED, a higher SEQUENCE) when it was cancelled before the e-mail left.
 * `task-left:<id>` is always METHOD:CANCEL: the recipient left a task that goes on.
 */
@Injectable()
export class CalendarAttachmentRenderer implements EmailAttachmentRenderer, OnModuleInit {
  readonly kind = CALENDAR_ATTACHMENT;

  constructor(
    private readonly attachments: EmailAttachments,
    private readonly events: CalendarEventsService,
  ) {}

  onModuleInit(): void {
    this.attachments.register(this);
  }

  async render(organisationId: string, ref: string): Promise<RenderedAttachment | null> {
    const [type, id] = ref.split(':');
    if ((type !== 'task' && type !== 'task-left') || !id) return null;
    const found = await this.events.task(organisationId, id);
    if (!found) return null;
    const event = type === 'task-left' ? { ...found, cancelled: true } : found;
    const method = event.cancelled ? 'CANCEL' : 'PUBLISH';
    return {
      filename: event.cancelled ? 'cancelled.ics' : 'add-to-calendar.ics',
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content: toIcs('Crowdcomms', [event], method),
    };
  }
}
