// Replays the requests the HTTP tests sent (target/api-requests.jsonl) through a Prism validating proxy and
// reports every mismatch Prism finds between an answer and the description. Requests that break the
// description on purpose (the tests of bad input) are expected; a mismatch in an answer is a failure.
//
//   node client-check/replay-through-prism.mjs REQUESTS.jsonl PRISM_URL
import { readFileSync } from 'node:fs';

const [file, base] = process.argv.slice(2);
const requests = readFileSync(file, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
const answerMismatches = new Map();
let sent = 0, requestViolations = 0, unmatched = 0, skippedOtherJson = 0;

for (const request of requests) {
  const headers = { ...request.headers };
  // The service's own bytes checks (gzip) are outside what a proxy compares.
  delete headers['Accept-Encoding'];
  let response;
  try {
    response = await fetch(base + request.path, {
      method: request.method,
      headers,
      body: ['GET', 'HEAD'].includes(request.method) ? undefined : request.body,
      redirect: 'manual',
    });
    await response.arrayBuffer();
  } catch (error) {
    console.error(`${request.method} ${request.path}: ${error.message}`);
    unmatched++;
    continue;
  }
  sent++;
  const header = response.headers.get('sl-violations');
  if (!header) continue;
  // Prism checks a JSON-like answer against the first JSON schema of the status, whatever its media type
  // (stoplightio/prism#2713): GeoJSON and TimelineJS answers are compared with the JSON list. The test suite's
  // own checker reads the media type; here those answers are counted, not judged.
  const type = (response.headers.get('content-type') || '').split(';')[0];
  if (type.endsWith('+json') && type !== 'application/problem+json') {
    skippedOtherJson++;
    continue;
  }
  for (const violation of JSON.parse(header)) {
    const where = (violation.location || []).join('.');
    if (where.startsWith('request')) {
      requestViolations++;
      continue;
    }
    const key = `${request.method} ${request.path.split('?')[0]} ${response.status}: ${where} ${violation.message}`;
    answerMismatches.set(key, (answerMismatches.get(key) || 0) + 1);
  }
}

console.log(`${sent} requests replayed through Prism; ${requestViolations} violations in requests `
  + `(bad input sent on purpose); ${[...answerMismatches.values()].reduce((a, b) => a + b, 0)} in answers`
  + (skippedOtherJson ? `; ${skippedOtherJson} GeoJSON/TimelineJS answers not judged (stoplightio/prism#2713)` : ''));
for (const [key, count] of answerMismatches) console.log(`  ${count} × ${key}`);
process.exit(answerMismatches.size === 0 && unmatched === 0 ? 0 : 1);
