package org.sinosoviet.timeline.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.sinosoviet.timeline.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Curators create, replace, patch and delete events; every bad write is refused with the reason, and no
 * good one is lost or overwritten unseen.
 */
class EventCurationApiTest extends CurationTestSupport {

	private static final String MERGE_PATCH = "application/merge-patch+json";

	@Test
	void createsAnEventWithItsLocationAndDerivedFields() {
		Map<String, Object> event = event("test-created-event");
		String etag = create(event);

		assertThat(etag).startsWith("\"v0-");
		given().get("/events/test-created-event")
			.then()
			.statusCode(200)
			.header("ETag", sameEntityTag(etag))
			.body("title", equalTo("Test event test-created-event"))
			.body("era", equalTo(eraOf("1990-04-24")))
			.body("precision", equalTo("day"))
			.body("actors.slug", equalTo(List.of("mikhail-gorbachev", "deng-xiaoping")))
			.body("sources[0].document", equalTo(DOCUMENT))
			.body("createdBy", equalTo(ApiTest.CURATOR))
			.body("updatedBy", equalTo(ApiTest.CURATOR))
			.body("version", equalTo(0));
	}

	@Test
	void answersACreateWith201AndLocation() {
		asCurator().contentType(ContentType.JSON)
			.body(event("test-located-event"))
			.post("/events")
			.then()
			.statusCode(201)
			.header("Location", endsWith("/events/test-located-event"))
			.header("ETag", startsWith("\"v0-"))
			.contentType("application/json")
			.body("slug", equalTo("test-located-event"));
		deleteAfterTest("/events/test-located-event");
	}

	@Test
	void derivesThePrecisionFromTheDates() {
		Map<String, Object> event = event("test-month-event");
		event.put("start", "1969-03");
		event.put("end", "1969-09-11");
		create(event);

		given().get("/events/test-month-event")
			.then()
			.body("start", equalTo("1969-03"))
			.body("precision", equalTo("month"))
			.body("end", equalTo("1969-09-11"))
			.body("endPrecision", equalTo("day"))
			.body("era", equalTo(eraOf("1969-03-01")));
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(invalid("slug", e -> e.put("slug", "Not A Slug")),
				invalid("slug", e -> e.put("slug", "double--hyphen")), invalid("slug", e -> e.remove("slug")),
				invalid("title", e -> e.put("title", " ")), invalid("title", e -> e.remove("title")),
				invalid("title", e -> e.put("title", "x".repeat(201))),
				invalid("summary", e -> e.put("summary", null)), invalid("start", e -> e.remove("start")),
				invalid("start", e -> e.put("start", "1969-02-30")),
				invalid("start", e -> e.put("start", "March 1969")),
				invalid("start", e -> e.put("start", "1948-12-31")), invalid("end", e -> e.put("end", "1990-04-23")),
				invalid("end", e -> e.put("end", "1990-13")), invalid("type", e -> e.put("type", "skirmish")),
				invalid("impact", e -> e.put("impact", 3)), invalid("impact", e -> e.put("impact", -3)),
				invalid("impact", e -> e.remove("impact")), invalid("impact", e -> e.put("impact", "very bad")),
				invalid("location.lat", e -> e.put("location", Map.of("name", "Nowhere", "lat", 91, "lon", 0))),
				invalid("location", e -> e.put("location", Map.of("name", "Nowhere", "lat", 10))),
				invalid("location.name", e -> e.put("location", Map.of("lat", 10, "lon", 10))),
				invalid("actors[0].slug", e -> e.put("actors", List.of(Map.of("slug", "nobody-at-all", "role",
						"host")))),
				invalid("actors[0].role", e -> e.put("actors", List.of(Map.of("slug", "mao-zedong")))),
				invalid("actors[1].slug", e -> e.put("actors", List.of(Map.of("slug", "mao-zedong", "role",
						"host"), Map.of("slug", "mao-zedong", "role", "guest")))),
				invalid("grievances[0]", e -> e.put("grievances", List.of("not-a-grievance"))),
				invalid("citations", e -> e.put("citations", List.of())),
				invalid("citations", e -> e.remove("citations")),
				invalid("citations[0].reference", e -> e.put("citations", List.of(Map.of("reference", "no-such-work",
						"supports", List.of("fact"))))),
				invalid("citations[0].supports[0]", e -> e.put("citations", List.of(Map.of("reference", REFERENCE,
						"supports", List.of("gossip"))))),
				invalid("citations[0].supports", e -> e.put("citations", List.of(Map.of("reference", REFERENCE,
						"supports", List.of())))),
				invalid("sources[0].document", e -> e.put("sources", List.of(Map.of("document", "nope.txt",
						"section", "1")))),
				invalid("sources[0]", e -> e.put("sources", List.of(Map.of("document", DOCUMENT)))),
				invalid("era", e -> e.put("era", "khrushchev")),
				invalid("precision", e -> e.put("precision", "day")));
	}

	private static Arguments invalid(String field, Consumer<Map<String, Object>> change) {
		return invalid(field, event("test-invalid-event"), change);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("invalidBodies")
	void refusesAnInvalidBodyNamingTheField(String field, Map<String, Object> body) {
		asCurator().contentType(ContentType.JSON)
			.body(body)
			.post("/events")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("type", endsWith("/problems/invalid-body"))
			.body("invalidFields.name", hasItem(field))
			.body("detail", containsString(field));
		given().get("/events/" + body.getOrDefault("slug", "test-invalid-event")).then().statusCode(404);
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		Map<String, Object> body = event("test-invalid-event");
		body.put("title", "");
		body.put("impact", 7);
		body.put("type", "skirmish");
		body.put("start", "1969-02-30");

		asCurator().contentType(ContentType.JSON)
			.body(body)
			.post("/events")
			.then()
			.statusCode(400)
			.body("invalidFields.name", hasItems("title", "impact", "type", "start"))
			.body("invalidFields.find { it.name == 'type' }.accepted", hasItem("border-clash"));
	}

	@Test
	void refusesAnInvalidReplacementAndKeepsTheEvent() {
		String etag = create(event("test-kept-event"));
		Map<String, Object> body = event("test-kept-event");
		body.put("actors", List.of(Map.of("slug", "nobody-at-all", "role", "host")));

		asCurator().contentType(ContentType.JSON)
			.header("If-Match", etag)
			.body(body)
			.put("/events/test-kept-event")
			.then()
			.statusCode(400)
			.body("invalidFields.name", equalTo(List.of("actors[0].slug")));
		given().get("/events/test-kept-event").then().header("ETag", sameEntityTag(etag)).body("actors", hasSize(2));
	}

	@Test
	void refusesMalformedJson() {
		asCurator().contentType(ContentType.JSON)
			.body("{\"slug\": \"test-broken\", \"title\": ")
			.post("/events")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("title", equalTo("Malformed request body"));
	}

	@Test
	void refusesABodyThatIsNotJson() {
		asCurator().contentType(ContentType.TEXT)
			.body("slug=test")
			.post("/events")
			.then()
			.statusCode(415)
			.contentType("application/problem+json");
	}

	@Test
	void refusesADuplicateSlugWith409() {
		asCurator().contentType(ContentType.JSON)
			.body(event("zhenbao-island-clash"))
			.post("/events")
			.then()
			.statusCode(409)
			.contentType("application/problem+json")
			.body("detail", containsString("zhenbao-island-clash"));
		given().get("/events/zhenbao-island-clash").then().body("title", not(startsWith("Test event")));
	}

	@Test
	void refusesAnOversizedBodyWith413() {
		Map<String, Object> body = event("test-oversized-event");
		body.put("notes", "x".repeat(70_000));

		asCurator().contentType(ContentType.JSON)
			.body(body)
			.post("/events")
			.then()
			.statusCode(413)
			.contentType("application/problem+json")
			.body("status", equalTo(413));
		given().get("/events/test-oversized-event").then().statusCode(404);
	}

	@Test
	void requiresIfMatchForEveryChange() {
		create(event("test-guarded-event"));

		asCurator().contentType(ContentType.JSON)
			.body(event("test-guarded-event"))
			.put("/events/test-guarded-event")
			.then()
			.statusCode(428)
			.contentType("application/problem+json")
			.body("detail", containsString("If-Match"));
		asCurator().contentType(MERGE_PATCH)
			.body("{\"title\": \"x\"}")
			.patch("/events/test-guarded-event")
			.then()
			.statusCode(428);
		asCurator().delete("/events/test-guarded-event").then().statusCode(428);
		given().get("/events/test-guarded-event").then().statusCode(200).body("version", equalTo(0));
	}

	@Test
	void refusesAStaleEtagWith412() {
		String first = create(event("test-stale-event"));
		String second = patchTitle("test-stale-event", first, "Changed once").then().statusCode(200)
			.extract()
			.header("ETag");

		assertThat(second).startsWith("\"v1-");
		for (Response stale : List.of(patchTitle("test-stale-event", first, "Lost update"),
				asCurator().contentType(ContentType.JSON)
					.header("If-Match", first)
					.body(event("test-stale-event"))
					.put("/events/test-stale-event"),
				asCurator().header("If-Match", first).delete("/events/test-stale-event"))) {
			stale.then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
		}
		given().get("/events/test-stale-event").then().header("ETag", sameEntityTag(second)).body("title",
				equalTo("Changed once"));
	}

	@Test
	void patchesWithJsonMergePatch() {
		String etag = create(event("test-patched-event"));

		asCurator().contentType(MERGE_PATCH)
			.header("If-Match", etag)
			.body("{\"summary\": \"Patched.\", \"notes\": null, \"location\": {\"name\": \"Beijing\"}}")
			.patch("/events/test-patched-event")
			.then()
			.statusCode(200)
			.header("ETag", startsWith("\"v1-"))
			.body("summary", equalTo("Patched."))
			.body("notes", nullValue())
			.body("location.name", equalTo("Beijing"))
			.body("location.lat", equalTo(55.75f))
			.body("title", equalTo("Test event test-patched-event"))
			.body("actors", hasSize(2));
	}

	@Test
	void keepsTheSlugFixed() {
		String etag = create(event("test-fixed-slug"));

		asCurator().contentType(MERGE_PATCH)
			.header("If-Match", etag)
			.body("{\"slug\": \"test-renamed\"}")
			.patch("/events/test-fixed-slug")
			.then()
			.statusCode(400)
			.body("invalidFields.name", equalTo(List.of("slug")));
		Map<String, Object> renamed = event("test-renamed");
		asCurator().contentType(ContentType.JSON)
			.header("If-Match", etag)
			.body(renamed)
			.put("/events/test-fixed-slug")
			.then()
			.statusCode(400)
			.body("invalidFields.name", equalTo(List.of("slug")));
		given().get("/events/test-renamed").then().statusCode(404);
	}

	@Test
	void answers404ForChangesToAMissingEvent() {
		asCurator().contentType(ContentType.JSON)
			.header("If-Match", "*")
			.body(event("test-missing-event"))
			.put("/events/test-missing-event")
			.then()
			.statusCode(404)
			.contentType("application/problem+json");
		asCurator().header("If-Match", "*").delete("/events/test-missing-event").then().statusCode(404);
	}

	@Test
	void letsExactlyOneOfManyConcurrentWritersWin() throws Exception {
		String etag = create(event("test-contested-event"));
		int writers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Integer>> outcomes = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String title = "Writer " + i;
				Callable<Integer> write = () -> {
					start.await();
					return patchTitle("test-contested-event", etag, title).statusCode();
				};
				outcomes.add(pool.submit(write));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}

			assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		given().get("/events/test-contested-event")
			.then()
			.body("version", equalTo(1))
			.body("title", startsWith("Writer "));
		given().get("/events/test-contested-event/history").then().body("action", equalTo(List.of("created",
				"updated")));
	}

	@Test
	void listsTheChangesToAnEvent() {
		String etag = create(event("test-history-event"));
		String patched = patchTitle("test-history-event", etag, "A new title").then().extract().header("ETag");
		asCurator().header("If-Match", patched).delete("/events/test-history-event").then().statusCode(204);

		given().get("/events/test-history-event/history")
			.then()
			.statusCode(200)
			.body("action", equalTo(List.of("created", "updated", "deleted")))
			.body("version", equalTo(List.of(0, 1, 2)))
			.body("by", everyItem(equalTo(ApiTest.CURATOR)))
			.body("[0].changes.title.to", equalTo("Test event test-history-event"))
			.body("[0].changes.title.from", nullValue())
			.body("[0].changes.actors.to.slug", equalTo(List.of("mikhail-gorbachev", "deng-xiaoping")))
			.body("[0].changes.sources.to[0]", equalTo(Map.of("document", DOCUMENT, "section", "Test section")))
			.body("[1].changes.keySet()", equalTo(Set.of("title")))
			.body("[1].changes.title.from", equalTo("Test event test-history-event"))
			.body("[1].changes.title.to", equalTo("A new title"))
			.body("[2].changes.title.from", equalTo("A new title"))
			.body("[0].at", notNullValue());
		given().get("/events/never-existed/history").then().statusCode(404);
	}

	@Test
	void everyAffectedAnswerChangesAtOnce() {
		String era = eraOf("1990-04-24");
		String[] views = { "/events?era=" + era, "/eras/" + era, "/causes-of-split", "/timeline",
				"/timeline?format=timelinejs", "/events?format=csv&size=500", "/events?format=geojson&size=500" };
		Map<String, String> before = etags(views);
		int eventCount = given().get("/eras/" + era).path("eventCount");
		int total = given().get("/events").path("page.totalElements");
		int borderScore = borderDisputeScore();

		String etag = create(event("test-consistent-event"));

		Map<String, String> created = etags(views);
		assertChanged(before, created);
		given().get("/eras/" + era).then().body("eventCount", equalTo(eventCount + 1));
		given().get("/events").then().body("page.totalElements", equalTo(total + 1));
		given().get("/events?era=" + era + "&size=200").then().body("content.slug", hasItem("test-consistent-event"));
		assertThat(borderDisputeScore()).isEqualTo(borderScore + 3);
		given().get("/causes-of-split").then().body("find { it.grievance.slug == 'border-dispute' }.evidence",
				hasItem("test-consistent-event"));
		given().get("/timeline").then().body("eras.events.flatten().slug", hasItem("test-consistent-event"));
		given().get("/timeline?format=timelinejs").then().body("events.text.headline",
				hasItem("Test event test-consistent-event"));
		assertThat(given().get("/events?format=csv&size=500").asString()).contains("test-consistent-event");
		given().get("/events?format=geojson&size=500").then().body("features.properties.slug",
				hasItem("test-consistent-event"));

		patchTitle("test-consistent-event", etag, "Renamed consistently").then().statusCode(200);
		asCurator().contentType(MERGE_PATCH)
			.header("If-Match", etagOf("/events/test-consistent-event"))
			.body("{\"impact\": 1}")
			.patch("/events/test-consistent-event")
			.then()
			.statusCode(200);

		Map<String, String> updated = etags(views);
		assertChanged(created, updated);
		given().get("/events?era=" + era + "&size=200").then().body("content.title", hasItem("Renamed consistently"));
		assertThat(borderDisputeScore()).isEqualTo(borderScore);
		given().get("/timeline?format=timelinejs").then().body("events.text.headline",
				hasItem("Renamed consistently"));
		assertThat(given().get("/events?format=csv&size=500").asString()).contains("Renamed consistently");

		asCurator().header("If-Match", etagOf("/events/test-consistent-event"))
			.delete("/events/test-consistent-event")
			.then()
			.statusCode(204);

		Map<String, String> deleted = etags(views);
		assertChanged(updated, deleted);
		assertThat(deleted).isEqualTo(before);
		given().get("/events/test-consistent-event").then().statusCode(404);
		given().get("/eras/" + era).then().body("eventCount", equalTo(eventCount));
		given().get("/events").then().body("page.totalElements", equalTo(total));
		given().get("/causes-of-split").then().body("find { it.grievance.slug == 'border-dispute' }.evidence",
				not(hasItem("test-consistent-event")));
		assertThat(given().get("/events?format=csv&size=500").asString()).doesNotContain("test-consistent-event");
	}

	private Response patchTitle(String slug, String etag, String title) {
		return asCurator().contentType(MERGE_PATCH)
			.header("If-Match", etag)
			.body(Map.of("title", title))
			.patch("/events/" + slug);
	}

	private String eraOf(String date) {
		return given().get("/eras").jsonPath().<Map<String, Object>>getList("$")
			.stream()
			.filter(era -> ((String) era.get("start")).compareTo(date) <= 0
					&& (era.get("end") == null || ((String) era.get("end")).compareTo(date) >= 0))
			.map(era -> (String) era.get("slug"))
			.findFirst()
			.orElseThrow();
	}

	private int borderDisputeScore() {
		return given().get("/causes-of-split").path("find { it.grievance.slug == 'border-dispute' }.score");
	}

	private Map<String, String> etags(String... paths) {
		Map<String, String> etags = new LinkedHashMap<>();
		for (String path : paths) {
			etags.put(path, etagOf(path));
		}
		return etags;
	}

	private static void assertChanged(Map<String, String> before, Map<String, String> after) {
		before.forEach((path, etag) -> assertThat(after.get(path)).as("ETag of %s", path).isNotEqualTo(etag));
	}

}
