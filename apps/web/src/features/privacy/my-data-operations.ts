import { graphql } from '../../gql';

export const MyPrivacyRequestsQuery = graphql(`
  query MyPrivacyRequests {
    myPrivacyRequests {
      id
      kind
      status
      notBefore
      createdAt
    }
  }
`);

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
      kind
      status
      createdAt
    }
  }
`);

export const RequestErasureMutation = graphql(`
  mutation RequestErasure {
    requestErasure {
      id
      kind
      status
      notBefore
      createdAt
    }
  }
`);

export const CancelErasureMutation = graphql(`
  mutation CancelMyErasure {
    cancelErasure {
      id
      kind
      status
    }
  }
`);
