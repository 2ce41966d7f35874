import { AnnouncementPayload } from '@crowdcomms/queue';
import { createHmac } from 'node:crypto';
import { AnnouncementDestinationKind } from './announcement-destination.entity';

/** The header a generic webhook's receiver checks: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'X-Crowdcomms-Signature';

/** What each event is called in a channel, and what its link invites people to do. */
const WORDING: Record<string, { heading: string; action: string }> = {
  NEW_AMBASSADOR_CALL: { heading: 'New call for digital ambassadors', action: 'Read the call and sign up' },
  TASK_NEEDS_VOLUNTEERS: { heading: 'A comms task is looking for volunteers', action: 'See tasks for you' },
  CAMPAIGN_DIGEST: { heading: 'A campaign digest is out', action: 'Read the digest' },
  TEST: { heading: 'Test message from Crowdcomms', action: 'Open Crowdcomms' },
};

function wordingOf(event: string) {
  return WORDING[event] ?? { heading: 'News from Crowdcomms', action: 'Open Crowdcomms' };
}

/** Slack's mrkdwn treats these three as control characters. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A Microsoft Teams message with an Adaptive Card, as a Teams "Post to a channel when a webhook
 * request is received" workflow (Power Automate) and the older incoming webhooks accept it.
 */
export function teamsMessage(a: AnnouncementPayload): object {
  const { heading, action } = wordingOf(a.event);
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: heading, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: a.data.title, wrap: true },
          ],
          actions: [{ type: 'Action.OpenUrl', title: action, url: a.data.link }],
        },
      },
    ],
  };
}

/** A Slack incoming-webhook message: `text` for notifications and clients without blocks, `blocks` to show. */
export function slackMessage(a: AnnouncementPayload): object {
  const { heading, action } = wordingOf(a.event);
  return {
    text: `${heading}: ${a.data.title} ${a.data.link}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150), emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: slackEscape(a.data.title).slice(0, 3000) } },
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: action }, url: a.data.link }],
      },
    ],
  };
}

/** A generic webhook's JSON body: the event, its organisation, when it happened and what it says. */
export function genericBody(a: AnnouncementPayload, deliveryId: string): object {
  return { id: deliveryId, event: a.event, organisationId: a.organisationId, occurredAt: a.occurredAt, data: a.data };
}

/**
 * The signature header's value for `body` sent at `timestamp` (unix seconds): one `v1` per secret, the current
 * one first (two while a rotated-out secret still signs; a receiver accepts the delivery if any matches).
 */
export function signature(secrets: readonly string[], timestamp: number, body: string): string {
  const v1 = secrets.map(
    (secret) => `,v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  );
  return `t=${timestamp}${v1.join('')}`;
}

/** The body and headers to post for an announcement to a destination of this kind. */
export function webhookMessage(
  kind: AnnouncementDestinationKind,
  a: AnnouncementPayload,
  deliveryId: string,
  signingSecrets: readonly string[],
  now = Date.now(),
): { body: string; headers: Record<string, string> } {
  switch (kind) {
    case AnnouncementDestinationKind.TEAMS:
      return { body: JSON.stringify(teamsMessage(a)), headers: {} };
    case AnnouncementDestinationKind.SLACK:
      return { body: JSON.stringify(slackMessage(a)), headers: {} };
    case AnnouncementDestinationKind.GENERIC: {
      const body = JSON.stringify(genericBody(a, deliveryId));
      const headers: Record<string, string> = { 'X-Crowdcomms-Event': a.event, 'X-Crowdcomms-Delivery': deliveryId };
      if (signingSecrets.length) headers[SIGNATURE_HEADER] = signature(signingSecrets, Math.floor(now / 1000), body);
      return { body, headers };
    }
  }
}
