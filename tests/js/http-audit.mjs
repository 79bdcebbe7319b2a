// Runs graphql-http's GraphQL-over-HTTP server audits against a URL.
// Usage: node http-audit.mjs <url>
// Prints one line per audit, then a JSON summary line; exits 1 when a MUST audit fails, 2 when it cannot run.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    // graphql-http throws when it cannot even judge (network failure, unreadable body): count it against us.
    result = { id: audit.id, name: audit.name, status: 'error', reason: `threw: ${error?.message ?? error}` };
  }
  results.push(result);
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${result.reason ? ` — ${result.reason}` : ''}`);
}

const count = (status) => results.filter((r) => r.status === status).length;
const summary = {
  ok: count('ok'),
  warn: results.filter((r) => r.status === 'warn').map((r) => r.id),
  notice: results.filter((r) => r.status === 'notice').map((r) => r.id),
  error: results.filter((r) => r.status === 'error').map((r) => r.id),
  total: results.length,
};
console.log(`SUMMARY ${JSON.stringify(summary)}`);
process.exit(summary.error.length > 0 ? 1 : 0);
