package org.sinosoviet.timeline.protection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sinosoviet.timeline.PackagedApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of failed logins with long, never-repeated usernames, against the packaged application in the
 * Dockerfile's heap: nothing is kept per guess, so the service still answers promptly afterwards.
 */
class LoginFloodIT {

	private static final int LOGINS = 10_000;

	private static final int USERNAME_BYTES = 6_000;

	@TempDir
	Path dataDir;

	@Test
	void tenThousandFailedLoginsWithUniqueLongUsernamesLeaveTheServiceAnswering() throws Exception {
		Map<String, String> curator = Map.of("TIMELINE_CURATOR_USERNAME", "ada", "TIMELINE_CURATOR_PASSWORD",
				"flood-test");
		try (PackagedApplication app = PackagedApplication.start(dataDir, List.of("-Xmx80m"), curator)) {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			URI events = URI.create("http://localhost:" + app.port() + "/events");
			Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
			ExecutorService senders = Executors.newFixedThreadPool(4);
			AtomicInteger next = new AtomicInteger();
			for (int thread = 0; thread < 4; thread++) {
				senders.submit(() -> {
					for (int i = next.getAndIncrement(); i < LOGINS; i = next.getAndIncrement()) {
						String username = String.format("%06d", i) + "u".repeat(USERNAME_BYTES - 6);
						String credentials = Base64.getEncoder()
							.encodeToString((username + ":x").getBytes(StandardCharsets.UTF_8));
						HttpRequest request = HttpRequest.newBuilder(events)
							.header("Authorization", "Basic " + credentials)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString("{}"))
							.build();
						int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						statuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				});
			}
			senders.shutdown();
			assertThat(senders.awaitTermination(5, TimeUnit.MINUTES)).as("the flood is answered").isTrue();
			assertThat(statuses.keySet()).as("every guess was refused as a failed login: %s", statuses)
				.containsOnly(401);

			for (String path : new String[] { "/actuator/health", "/eras" }) {
				HttpResponse<Void> answer = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
							.timeout(Duration.ofSeconds(1))
							.build(),
						HttpResponse.BodyHandlers.discarding());
				assertThat(answer.statusCode()).as(path).isEqualTo(200);
			}
			assertThat(app.log()).doesNotContain("OutOfMemoryError");
		}
	}

}
