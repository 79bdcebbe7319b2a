// A real GraphQL client (urql, with graphql-ws for subscriptions) doing what a frontend does:
// a query, a mutation, and a subscription that sees the mutation's event.
// Usage: node urql-client.mjs <http url of /graphql>
// Prints one JSON line per step and exits 0 when every step saw what it expected, 1 otherwise.
import { Client, fetchExchange, subscriptionExchange, gql } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2];
if (!url) {
  console.error('usage: node urql-client.mjs <url>');
  process.exit(2);
}

const ws = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
const client = new Client({
  url,
  exchanges: [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
  ],
  preferGetMethod: false,
  requestPolicy: 'network-only',
});

const report = (step, value) => console.log(JSON.stringify({ step, value }));
const fail = (message) => {
  console.error(message);
  process.exitCode = 1;
};
const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref());

try {
  const query = await client.query(gql`query Greeting { greeting hello(name: "urql") }`, {}).toPromise();
  if (query.error) throw query.error;
  report('query', query.data);
  if (query.data.hello !== 'Hello, urql!') fail(`unexpected query result ${JSON.stringify(query.data)}`);

  const text = `Добрый вечер ${Date.now()}`;
  const events = [];
  const received = new Promise((resolve) => {
    const { unsubscribe } = client.subscription(gql`subscription Watch { greetingChanged }`, {}).subscribe((result) => {
      if (result.error) {
        fail(`subscription error ${result.error.message}`);
        return;
      }
      events.push(result.data.greetingChanged);
      if (result.data.greetingChanged === text) {
        unsubscribe();
        resolve();
      }
    });
  });

  // graphql-transport-ws acknowledges the connection, not each subscription, so the client cannot know when the
  // server has started this one; on a busy machine a single mutation could fire first. Set the greeting again every
  // half second until the subscriber sees it (at most 20 times).
  let delivered = false;
  received.then(() => { delivered = true; });
  for (let attempt = 0; attempt < 20 && !delivered; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, attempt === 0 ? 300 : 500));
    if (delivered) break;
    const mutation = await client.mutation(gql`mutation Set($text: String!) { setGreeting(text: $text) }`, { text }).toPromise();
    if (mutation.error) throw mutation.error;
    if (attempt === 0) report('mutation', mutation.data);
    if (mutation.data.setGreeting !== text) fail(`unexpected mutation result ${JSON.stringify(mutation.data)}`);
  }

  await Promise.race([received, timeout(10000, 'subscription event')]);
  report('subscription', events);
} catch (error) {
  fail(`client failed: ${error?.stack ?? error}`);
} finally {
  await ws.dispose();
}
