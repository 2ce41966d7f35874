import { graphql } from '../../gql';

export const AdminAnnouncementDestinationFieldsFragment = graphql(`
  fragment AdminAnnouncementDestinationFields on AnnouncementDestination {
    id
    kind
    name
    urlHost
    events
    pausedAt
    lastStatus
    lastError
    lastAttemptAt
    lastSuccessAt
    consecutiveFailures
    previousSecretExpiresAt
    createdAt
  }
`);

export const AnnouncementDestinationsQuery = graphql(`
  query AdminAnnouncementDestinations {
    announcementDestinations {
      ...AdminAnnouncementDestinationFields
    }
  }
`);

export const CreateAnnouncementDestinationMutation = graphql(`
  mutation AdminCreateAnnouncementDestination($input: CreateAnnouncementDestinationInput!) {
    createAnnouncementDestination(input: $input) {
      signingSecret
      destination {
        ...AdminAnnouncementDestinationFields
      }
    }
  }
`);

export const UpdateAnnouncementDestinationMutation = graphql(`
  mutation AdminUpdateAnnouncementDestination($input: UpdateAnnouncementDestinationInput!) {
    updateAnnouncementDestination(input: $input) {
      ...AdminAnnouncementDestinationFields
    }
  }
`);

export const DeleteAnnouncementDestinationMutation = graphql(`
  mutation AdminDeleteAnnouncementDestination($id: ID!) {
    deleteAnnouncementDestination(id: $id) {
      id
    }
  }
`);

export const ResumeAnnouncementDestinationMutation = graphql(`
  mutation AdminResumeAnnouncementDestination($id: ID!) {
    resumeAnnouncementDestination(id: $id) {
      ...AdminAnnouncementDestinationFields
    }
  }
`);

export const SendTestAnnouncementMutation = graphql(`
  mutation AdminSendTestAnnouncement($id: ID!) {
    sendTestAnnouncement(id: $id) {
      ...AdminAnnouncementDestinationFields
    }
  }
`);

export const RotateAnnouncementSigningSecretMutation = graphql(`
  mutation AdminRotateAnnouncementSigningSecret($id: ID!, $keepPreviousHours: Int!) {
    rotateAnnouncementSigningSecret(id: $id, keepPreviousHours: $keepPreviousHours) {
      signingSecret
      destination {
        ...AdminAnnouncementDestinationFields
      }
    }
  }
`);
