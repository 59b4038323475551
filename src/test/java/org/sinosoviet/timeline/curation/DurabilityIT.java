package org.sinosoviet.timeline.curation;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@TempDir
	Path dataDir;

	private final List<Process> started = new ArrayList<>();

	@Test
	void refusesEveryWriteWhenNoCuratorIsConfigured() throws Exception {
		RequestSpecification app = start(Map.of());

		for (String[] credentials : new String[][] { { "admin", "admin" }, { "user", "password" }, { "", "" } }) {
			RestAssured.given(app)
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
		RestAssured.given(app).delete("/events/zhenbao-island-clash").then().statusCode(401);
		RestAssured.given(app).get("/events/zhenbao-island-clash").then().statusCode(200);
		RestAssured.given(app).get("/events/durable-event").then().statusCode(404);
	}

	@Test
	void anAcknowledgedWriteSurvivesKillDashNineAndARestart() throws Exception {
		Map<String, String> curator = Map.of("TIMELINE_CURATOR_USERNAME", CURATOR, "TIMELINE_CURATOR_PASSWORD",
				PASSWORD);
		RequestSpecification first = start(curator);
		RestAssured.given(first)
			.auth()
			.preemptive()
			.basic(CURATOR, PASSWORD)
			.contentType(ContentType.JSON)
			.body(CurationTestSupport.event("durable-event"))
			.post("/events")
			.then()
			.statusCode(201);
		String etag = RestAssured.given(first).get("/events/zhenbao-island-clash").header("ETag");
		RestAssured.given(first)
			.auth()
			.preemptive()
			.basic(CURATOR, PASSWORD)
			.contentType("application/merge-patch+json")
			.header("If-Match", etag)
			.body(Map.of("summary", "Changed just before the crash."))
			.patch("/events/zhenbao-island-clash")
			.then()
			.statusCode(200);

		Process process = started.get(0);
		process.destroyForcibly();
		assertThat(process.waitFor()).as("exit status of a SIGKILLed process").isEqualTo(137);

		RequestSpecification second = start(curator);
		RestAssured.given(second)
			.get("/events/durable-event")
			.then()
			.statusCode(200)
			.body("title", equalTo("Test event durable-event"))
			.body("createdBy", equalTo(CURATOR));
		RestAssured.given(second)
			.get("/events/zhenbao-island-clash")
			.then()
			.body("summary", equalTo("Changed just before the crash."))
			.body("version", equalTo(1));
		RestAssured.given(second)
			.get("/events/zhenbao-island-clash/history")
			.then()
			.body("action", hasItem("updated"));
	}

	/** Starts the packaged application on a free port and waits until it is ready. */
	private RequestSpecification start(Map<String, String> environment) throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("timeline.jar", "target/sino-soviet-timeline.jar"));
		assertThat(jar).as("the packaged application (run with ./mvnw verify)").exists();
		int port = freePort();
		Path log = dataDir.resolve("app-" + started.size() + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--timeline.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("TIMELINE_CURATOR_USERNAME");
		builder.environment().remove("TIMELINE_CURATOR_PASSWORD");
		builder.environment().putAll(environment);
		Process process = builder.start();
		started.add(process);
		RequestSpecification app = RestAssured.given().baseUri("http://localhost").port(port);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the application is running; its log: %s", Files.exists(log)
					? Files.readString(log) : "").isTrue();
			try {
				if (RestAssured.given(app).get("/actuator/health/readiness").statusCode() == 200) {
					return app;
				}
			}
			catch (Exception notYetListening) {
				// keep waiting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The application did not become ready in time; its log:\n" + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@AfterEach
	void stopAll() throws InterruptedException {
		for (Process process : started) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

}
