// Uses the client that OpenAPI Generator makes from the served description, as a frontend would:
// the Khrushchev era, one event, the causes of the split, a curator's create, patch and delete, and a 404.
import { Configuration, EventsApi, AnalysisApi, CurationApi, ResponseError } from './client';

declare const process: { argv: string[]; exit(code: number): never };

const [, , basePath, username, password] = process.argv;
const reader = new Configuration({ basePath });
const curator = new Configuration({ basePath, username, password });
let passed = 0;
let failed = 0;

function check(what: string, ok: boolean) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error(`FAILED: ${what}`);
  }
}

async function main() {
  const events = new EventsApi(reader);
  const khrushchev = await events.listEvents({ era: ['khrushchev'], size: 200 });
  check('the Khrushchev era lists its events', (khrushchev.page?.totalElements ?? 0) > 0
    && khrushchev.content!.every((event) => event.era === 'khrushchev'));

  const zhenbao = await events.getEvent({ slug: 'zhenbao-island-clash' });
  check('an event reads with its dates and citations', zhenbao.start === '1969-03-02'
    && (zhenbao.citations?.length ?? 0) > 0);

  const causes = await new AnalysisApi(reader).rankCausesOfSplit({ limit: 3 });
  check('the causes are ranked', causes.length === 3 && causes.every((cause, i) => cause.rank === i + 1));

  const curation = new CurationApi(curator);
  const created = await curation.createEventRaw({
    eventInput: {
      slug: 'generated-client-event', title: 'Written by a generated client', summary: 'A test event.',
      start: '1990-04-24', type: 'summit', impact: 1,
      citations: [{ reference: 'garver-2016', supports: ['fact'] }], sources: [],
    },
  });
  check('a curator creates an event (201 with Location)', created.raw.status === 201
    && created.raw.headers.get('Location') === '/events/generated-client-event');
  const patched = await curation.patchEventRaw({
    slug: 'generated-client-event', ifMatch: created.raw.headers.get('ETag')!, requestBody: { impact: 2 },
  });
  const afterPatch = await patched.value();
  check('a curator patches it', afterPatch.impact === 2);
  const deleted = await curation.deleteEventRaw({
    slug: 'generated-client-event', ifMatch: patched.raw.headers.get('ETag')!,
  });
  check('a curator deletes it (204)', deleted.raw.status === 204);

  try {
    await events.getEvent({ slug: 'generated-client-event' });
    check('a deleted event is gone', false);
  } catch (error) {
    const problem = error instanceof ResponseError ? await error.response.json() : {};
    check('a missing event is a 404 problem', error instanceof ResponseError && error.response.status === 404
      && problem.status === 404 && typeof problem.type === 'string');
  }
}

main().catch((error) => {
  failed++;
  console.error(error);
}).finally(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
});
