import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { pinia } from '@/stores/pinia';
import { useSessionStore } from '@/stores/session';
import { chosenLocale } from '@/i18n';
import { errorCodes } from './errors';

const auth = setContext((_operation, { headers, ignoreViewTenant }) => {
  const session = useSessionStore(pinia);
  const next: Record<string, string> = { ...(headers as Record<string, string> | undefined) };
  if (session.token) next.authorization = `Bearer ${session.token}`;
  // The gateway words its messages in the language the user chose here, not the browser's.
  next['accept-language'] = chosenLocale();
  // The committee's agency picker: the gateway narrows reads to that agency (ignored for others).
  // Lists that must span every agency (the picker's own options) opt out with `ignoreViewTenant`.
  if (session.isCommittee && session.viewTenantId && !ignoreViewTenant) next['x-zeren-view-tenant'] = session.viewTenantId;
  return { headers: next };
});

// A token the gateway no longer accepts (expired, revoked by a password reset, user disabled) ends
// the session once, whatever query noticed it; the router then shows the login page with a message.
const expiry = onError(({ graphQLErrors, networkError, operation }) => {
  if (operation.operationName === 'Login') return;
  const codes = errorCodes({ graphQLErrors, networkError });
  if (codes.includes('UNAUTHENTICATED')) useSessionStore(pinia).end('expired');
});

export const apolloClient = new ApolloClient({
  link: from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    typePolicies: {
      // Pages are fetched whole per (filters, offset); never merged across pages.
      UserPage: { keyFields: false },
      AuditEntryPage: { keyFields: false },
    },
  }),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    query: { fetchPolicy: 'network-only' },
  },
});
