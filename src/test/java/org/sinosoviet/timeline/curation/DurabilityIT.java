package org.sinosoviet.timeline.curation;

import java.nio.file.Path;
import java.util.Map;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sinosoviet.timeline.PackagedApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The packaged application, run as its own process on its default embedded database: with no curator it
 * refuses every write, and a write it has acknowledged survives {@code kill -9} and a restart.
 */
class DurabilityIT {

	private static final String CURATOR = "durability-curator";

	private static final String PASSWORD = "only-in-this-test";

	private static final Map<String, String> CURATOR_ENVIRONMENT = Map.of("TIMELINE_CURATOR_USERNAME", CURATOR,
			"TIMELINE_CURATOR_PASSWORD", PASSWORD);

	@TempDir
	Path dataDir;

	@Test
	void refusesEveryWriteWhenNoCuratorIsConfigured() throws Exception {
		try (PackagedApplication app = PackagedApplication.start(dataDir, Map.of())) {
			for (String[] credentials : new String[][] { { "admin", "admin" }, { "user", "password" }, { "", "" } }) {
				app.given()
					.auth()
					.preemptive()
					.basic(credentials[0], credentials[1])
					.contentType(ContentType.JSON)
					.body(CurationTestSupport.event("durable-event"))
					.post("/events")
					.then()
					.statusCode(401)
					.contentType("application/problem+json");
			}
			app.given().delete("/events/zhenbao-island-clash").then().statusCode(401);
			app.given().get("/events/zhenbao-island-clash").then().statusCode(200);
			app.given().get("/events/durable-event").then().statusCode(404);
			assertThat(app.log()).contains("No curator is configured");
		}
	}

	@Test
	void anAcknowledgedWriteSurvivesKillDashNineAndARestart() throws Exception {
		int versionBefore;
		try (PackagedApplication first = PackagedApplication.start(dataDir, CURATOR_ENVIRONMENT)) {
			first.given()
				.auth()
				.preemptive()
				.basic(CURATOR, PASSWORD)
				.contentType(ContentType.JSON)
				.body(CurationTestSupport.event("durable-event"))
				.post("/events")
				.then()
				.statusCode(201);
			io.restassured.response.Response before = first.given().get("/events/zhenbao-island-clash");
			String etag = before.header("ETag");
			versionBefore = before.jsonPath().getInt("version");
			first.given()
				.auth()
				.preemptive()
				.basic(CURATOR, PASSWORD)
				.contentType("application/merge-patch+json")
				.header("If-Match", etag)
				.body(Map.of("summary", "Changed just before the crash."))
				.patch("/events/zhenbao-island-clash")
				.then()
				.statusCode(200);

			assertThat(first.kill()).as("exit status of a SIGKILLed process").isEqualTo(137);
		}

		try (PackagedApplication second = PackagedApplication.start(dataDir, CURATOR_ENVIRONMENT)) {
			second.given()
				.get("/events/durable-event")
				.then()
				.statusCode(200)
				.body("title", equalTo("Test event durable-event"))
				.body("createdBy", equalTo(CURATOR));
			second.given()
				.get("/events/zhenbao-island-clash")
				.then()
				.body("summary", equalTo("Changed just before the crash."))
				.body("version", equalTo(versionBefore + 1));
			second.given().get("/events/zhenbao-island-clash/history").then().body("action", hasItem("updated"));
		}
	}

}
