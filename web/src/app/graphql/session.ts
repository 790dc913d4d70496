import { graphql } from '@web/generated';

export const SessionQuery = graphql(`
  query Session {
    me {
      role
      apiKeyId
      tenant {
        id
        name
        slug
      }
      user {
        id
        email
        name
        role
        locale
        timeZone
      }
    }
    tenantSettings {
      timeZone
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const UpdateMyLocaleMutation = graphql(`
  mutation UpdateMyLocale($locale: Locale!) {
    updateMyProfile(input: { locale: $locale }) {
      id
      locale
    }
  }
`);
