package org.sinosoviet.timeline.protection;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.PackagedApplication;
import org.sinosoviet.timeline.curation.CurationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged application as an operator runs it: the rate limit switched on with one property, and a
 * graceful shutdown on SIGTERM that takes readiness down first and finishes the request in flight.
 */
class OperationsIT {

	@TempDir
	Path dataDir;

	@Test
	void limitsEachClientOnceTheRateLimitIsSwitchedOn() throws Exception {
		try (PackagedApplication app = PackagedApplication.start(dataDir, Map.of("TIMELINE_RATE_LIMIT_ENABLED", "true",
				"TIMELINE_RATE_LIMIT_REQUESTS", "20"))) {
			for (int i = 0; i < 20; i++) {
				// A client cannot pass for another by claiming to be forwarded: no proxy is trusted by default.
				app.given()
					.header("X-Forwarded-For", "198.51.100." + i)
					.get("/eras")
					.then()
					.statusCode(200)
					.header("RateLimit-Limit", "20");
			}
			app.given()
				.header("X-Forwarded-For", "203.0.113.99")
				.get("/events")
				.then()
				.statusCode(429)
				.contentType("application/problem+json")
				.header("RateLimit-Remaining", "0")
				.header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
				.body("status", equalTo(429));
			app.given().get("/actuator/health/readiness").then().statusCode(200);
		}
	}

	@Test
	void onSigtermTakesReadinessDownFirstAndFinishesTheRequestInFlight() throws Exception {
		Map<String, String> curator = Map.of("TIMELINE_CURATOR_USERNAME", "ada", "TIMELINE_CURATOR_PASSWORD",
				"shutdown-test");
		try (PackagedApplication app = PackagedApplication.start(dataDir, curator, "--timeline.shutdown.drain=3s")) {
			byte[] body = JsonMapper.builder()
				.build()
				.writeValueAsBytes(CurationTestSupport.event("in-flight-event"));
			try (Socket inFlight = new Socket()) {
				inFlight.connect(new InetSocketAddress("localhost", app.port()));
				inFlight.setSoTimeout(30_000);
				OutputStream out = inFlight.getOutputStream();
				out.write(("POST /events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ "Content-Type: application/json\r\nAuthorization: Basic "
						+ Base64.getEncoder().encodeToString("ada:shutdown-test".getBytes(StandardCharsets.UTF_8))
						+ "\r\nContent-Length: " + body.length + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				out.write(body, 0, body.length / 2);
				out.flush();

				app.terminate();

				assertThat(readinessWithin(app, Duration.ofSeconds(3))).as("readiness during the drain")
					.isEqualTo(503);
				assertThat(app.given().get("/eras").statusCode()).as("a read during the drain; the log:%n%s", app.log())
					.isEqualTo(200);
				awaitRefused(app, Duration.ofSeconds(15));

				out.write(body, body.length / 2, body.length - body.length / 2);
				out.flush();
				String answer = readAll(inFlight.getInputStream());
				assertThat(answer).startsWith("HTTP/1.1 201");
			}
			assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).as("the process ends").isTrue();
			assertThat(app.log()).contains("Graceful shutdown complete");
		}
	}

	/** Polls readiness until it is no longer 200, answering that status, or 200 if it stays up. */
	private static int readinessWithin(PackagedApplication app, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		int status = 200;
		while (status == 200 && Instant.now().isBefore(deadline)) {
			status = app.given().get("/actuator/health/readiness").statusCode();
			Thread.sleep(50);
		}
		return status;
	}

	/** Waits until the service stops accepting new connections. */
	private static void awaitRefused(PackagedApplication app, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			try (Socket probe = new Socket()) {
				probe.connect(new InetSocketAddress("localhost", app.port()), 500);
			}
			catch (java.io.IOException refused) {
				return;
			}
			Thread.sleep(100);
		}
		assertThatExceptionOfType(ConnectException.class).as("new connections are refused").isThrownBy(() -> {
			try (Socket probe = new Socket()) {
				probe.connect(new InetSocketAddress("localhost", app.port()), 500);
			}
		});
	}

	private static String readAll(InputStream in) throws java.io.IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		return all.toString(StandardCharsets.UTF_8);
	}

}
