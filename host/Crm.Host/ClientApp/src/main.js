// GraphiQL pointed at the address this page was served from: the same path answers GraphQL over HTTP
// (POST application/json) and graphql-transport-ws, so queries, mutations and subscriptions all work here.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const endpoint = new URL(window.location.pathname, window.location.origin);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  subscriptionUrl: subscriptionUrl.href,
  headers: { Accept: 'application/graphql-response+json, application/json;q=0.9' },
});

createRoot(document.getElementById('graphiql')).render(createElement(GraphiQL, { fetcher }));
