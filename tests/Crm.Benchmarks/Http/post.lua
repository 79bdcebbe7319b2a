-- wrk script: every request is the same signed-in GraphQL POST (the floor ignores the body but receives it too).
-- CRM_TOKEN is the bearer token load.sh got from signIn.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CRM_TOKEN")
wrk.body = '{"query":"query Customers { loadCustomers(first: 20) { id name email city revenue } }","operationName":"Customers"}'

-- Count non-2xx answers so the run reports errors, not just throughput.
local failures = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then failures = failures + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx_or_socket_errors %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50_ms %.3f\np99_ms %.3f\nrequests_per_s %.0f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
