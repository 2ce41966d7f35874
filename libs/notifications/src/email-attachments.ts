import { Injectable } from '@nestjs/common';

/**
 * What a queued e-mail attaches, stored as a reference (a calendar event of a task, say), never as the
 * file: the worker renders it when it sends, from the data as it is then. `kind` names the renderer.
 */
export interface EmailAttachmentRef {
  kind: string;
  /** What to render, in the renderer's own terms (e.g. `task:<id>`). */
  ref: string;
}

/** The kind of attachment that is a calendar event (rendered by libs/integrations' calendars). */
export const CALENDAR_ATTACHMENT = 'calendar';

/** A task's or workshop's calendar event (`.ics`), to attach to an e-mail about it. */
export function taskCalendarAttachment(taskId: string): EmailAttachmentRef {
  return { kind: CALENDAR_ATTACHMENT, ref: `task:${taskId}` };
}

/**
 * The cancellation of a task's or workshop's calendar event for one recipient who left it (gave up a
 * place, declined or withdrew), while the task itself goes on.
 */
export function taskLeftCalendarAttachment(taskId: string): EmailAttachmentRef {
  return { kind: CALENDAR_ATTACHMENT, ref: `task-left:${taskId}` };
}

/** A rendered attachment, as it leaves in the message. */
export interface RenderedAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** Renders one kind of attachment inside the sending transaction (scoped to the e-mail's organisation). */
export interface EmailAttachmentRenderer {
  readonly kind: string;
  /** The attachment, or null when there is nothing to attach any more (the thing is gone). */
  render(organisationId: string, ref: string): Promise<RenderedAttachment | null>;
}

/**
 * The worker's attachment renderers, registered by the contexts that own the data (a context that
 * renders cannot be imported by notifications, which every context imports).
 */
@Injectable()
export class EmailAttachments {
  private readonly renderers = new Map<string, EmailAttachmentRenderer>();

  register(renderer: EmailAttachmentRenderer): void {
    this.renderers.set(renderer.kind, renderer);
  }

  /**
   * The rendered attachment. A kind without a renderer fails the send (and the job retries) rather than
   * sending the message without what it promises.
   */
  async render(organisationId: string | null, attachment: EmailAttachmentRef): Promise<RenderedAttachment | null> {
    const renderer = this.renderers.get(attachment.kind);
    if (!renderer) throw new Error(`no renderer for e-mail attachments of kind ${attachment.kind}`);
    if (!organisationId) return null;
    return renderer.render(organisationId, attachment.ref);
  }
}
