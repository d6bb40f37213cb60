import { graphql } from '../../../gql';

export const RemoveProfilePhotoMutation = graphql(`
  mutation RemoveProfilePhoto {
    removeProfilePhoto {
      member {
        id
        photo {
          url(size: MEDIUM)
        }
      }
    }
  }
`);

export const RemoveCoverImageMutation = graphql(`
  mutation RemoveCoverImage {
    removeCoverImage {
      member {
        id
        coverImage {
          url(size: LARGE)
        }
      }
    }
  }
`);

export const RemoveCvDocumentMutation = graphql(`
  mutation RemoveCvDocument {
    removeCvDocument {
      member {
        id
        cvDocument {
          url
        }
      }
    }
  }
`);
