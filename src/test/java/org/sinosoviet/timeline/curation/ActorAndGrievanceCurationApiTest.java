package org.sinosoviet.timeline.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.sinosoviet.timeline.ApiTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Actors and grievances are curated the way events are, and neither can be deleted while an event names
 * it.
 */
class ActorAndGrievanceCurationApiTest extends CurationTestSupport {

	static Map<String, Object> actor(String slug) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("slug", slug);
		actor.put("name", "Test Person");
		actor.put("originalName", "测试");
		actor.put("kind", "person");
		actor.put("side", "prc");
		actor.put("description", "A person who exists only in a test.");
		actor.put("born", "1920-05");
		actor.put("died", "1999");
		return actor;
	}

	static Map<String, Object> grievance(String slug) {
		Map<String, Object> grievance = new LinkedHashMap<>();
		grievance.put("slug", slug);
		grievance.put("title", "A test grievance");
		grievance.put("category", "territory");
		grievance.put("heldBy", "both");
		grievance.put("description", "A grievance that exists only in a test.");
		return grievance;
	}

	@Test
	void createsChangesAndDeletesAnActor() {
		asCurator().contentType(ContentType.JSON)
			.body(actor("test-person"))
			.post("/actors")
			.then()
			.statusCode(201)
			.header("Location", endsWith("/actors/test-person"))
			.header("ETag", startsWith("\"v0-"))
			.body("name", equalTo("Test Person"))
			.body("born", equalTo("1920-05"));
		deleteAfterTest("/actors/test-person");
		given().get("/actors?side=prc&size=200").then().body("content.slug", hasItem("test-person"));

		asCurator().contentType("application/merge-patch+json")
			.header("If-Match", etagOf("/actors/test-person"))
			.body("{\"name\": \"Renamed Person\", \"died\": null}")
			.patch("/actors/test-person")
			.then()
			.statusCode(200)
			.header("ETag", startsWith("\"v1-"))
			.body("name", equalTo("Renamed Person"))
			.body("updatedBy", equalTo(ApiTest.CURATOR));

		asCurator().header("If-Match", etagOf("/actors/test-person"))
			.delete("/actors/test-person")
			.then()
			.statusCode(204);
		given().get("/actors/test-person").then().statusCode(404);
	}

	@Test
	void createsChangesAndDeletesAGrievance() {
		asCurator().contentType(ContentType.JSON)
			.body(grievance("test-grievance"))
			.post("/grievances")
			.then()
			.statusCode(201)
			.header("Location", endsWith("/grievances/test-grievance"));
		deleteAfterTest("/grievances/test-grievance");

		Map<String, Object> replacement = grievance("test-grievance");
		replacement.put("heldBy", "prc");
		asCurator().contentType(ContentType.JSON)
			.header("If-Match", etagOf("/grievances/test-grievance"))
			.body(replacement)
			.put("/grievances/test-grievance")
			.then()
			.statusCode(200)
			.body("heldBy", equalTo("prc"));
		given().get("/grievances?heldBy=prc&size=200").then().body("content.slug", hasItem("test-grievance"));
	}

	@Test
	void refusesToDeleteAnActorOrGrievanceAnEventNames() {
		asCurator().contentType(ContentType.JSON).body(actor("test-named-person")).post("/actors").then()
			.statusCode(201);
		deleteAfterTest("/actors/test-named-person");
		asCurator().contentType(ContentType.JSON).body(grievance("test-named-grievance")).post("/grievances").then()
			.statusCode(201);
		deleteAfterTest("/grievances/test-named-grievance");
		Map<String, Object> event = event("test-naming-event");
		event.put("actors", List.of(Map.of("slug", "test-named-person", "role", "host")));
		event.put("grievances", List.of("test-named-grievance"));
		create(event);

		for (String path : List.of("/actors/test-named-person", "/grievances/test-named-grievance")) {
			asCurator().header("If-Match", etagOf(path))
				.delete(path)
				.then()
				.statusCode(409)
				.contentType("application/problem+json")
				.body("detail", containsString("test-naming-event"));
			given().get(path).then().statusCode(200);
		}
		given().get("/events?actor=test-named-person").then().body("content.slug", hasItem("test-naming-event"));
	}

	@Test
	void refusesDuplicateSlugs() {
		asCurator().contentType(ContentType.JSON).body(actor("mao-zedong")).post("/actors").then().statusCode(409);
		asCurator().contentType(ContentType.JSON)
			.body(grievance("border-dispute"))
			.post("/grievances")
			.then()
			.statusCode(409);
		given().get("/actors/mao-zedong").then().body("name", not(equalTo("Test Person")));
	}

	static Stream<Arguments> invalidActors() {
		Map<String, Object> valid = actor("test-invalid-person");
		return Stream.of(invalid("slug", valid, a -> a.put("slug", "Mao")),
				invalid("name", valid, a -> a.remove("name")), invalid("kind", valid, a -> a.put("kind", "wizard")),
				invalid("side", valid, a -> a.put("side", "usa")),
				invalid("born", valid, a -> a.put("born", "1920-02-31")),
				invalid("died", valid, a -> a.put("died", "1900")),
				invalid("description", valid, a -> a.put("description", "")),
				invalid("nickname", valid, a -> a.put("nickname", "Test")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("invalidActors")
	void refusesAnInvalidActorNamingTheField(String field, Map<String, Object> body) {
		refusesNamingTheField("/actors", field, body);
	}

	static Stream<Arguments> invalidGrievances() {
		Map<String, Object> valid = grievance("test-invalid-grievance");
		return Stream.of(invalid("slug", valid, g -> g.put("slug", "a_b")),
				invalid("title", valid, g -> g.put("title", null)),
				invalid("category", valid, g -> g.put("category", "money")),
				invalid("heldBy", valid, g -> g.put("heldBy", "nobody")),
				invalid("description", valid, g -> g.remove("description")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("invalidGrievances")
	void refusesAnInvalidGrievanceNamingTheField(String field, Map<String, Object> body) {
		refusesNamingTheField("/grievances", field, body);
	}

	private void refusesNamingTheField(String path, String field, Map<String, Object> body) {
		asCurator().contentType(ContentType.JSON)
			.body(body)
			.post(path)
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidFields.name", hasItem(field));
	}

}
