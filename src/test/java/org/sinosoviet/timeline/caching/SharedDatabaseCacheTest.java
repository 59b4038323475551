package org.sinosoviet.timeline.caching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.TimelineApplication;
import org.sinosoviet.timeline.curation.CurationTestSupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, as behind a load balancer, each with its response cache:
 * a write through one is seen through it at once, and through the other within the refresh interval.
 * On PostgreSQL (the {@code postgres} Maven profile) both use the test database.
 */
class SharedDatabaseCacheTest {

	private static final Duration REFRESH = Duration.ofMillis(250);

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String url = System.getProperty("timeline.test.datasource-url", "jdbc:h2:mem:shared-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		first = start(url);
		second = start(url);
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(TimelineApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--timeline.cache.refresh-interval=" + REFRESH.toMillis() + "ms",
				"--timeline.curator.username=ada", "--timeline.curator.password=shared", "--timeline.shutdown.drain=0s",
				"--spring.main.banner-mode=off", "--logging.level.root=warn");
	}

	@AfterAll
	static void stopBoth() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
	}

	@Test
	void aWriteThroughOneInstanceIsSeenThroughTheOtherWithinTheRefreshInterval() throws InterruptedException {
		String list = "/events?era=rapprochement&size=200";
		assertThat(slugs(first, list)).doesNotContain("shared-cache-event");
		assertThat(slugs(second, list)).doesNotContain("shared-cache-event");
		String cachedTag = api(second).get(list).header("ETag");

		Map<String, Object> event = CurationTestSupport.event("shared-cache-event");
		api(first).auth().preemptive().basic("ada", "shared").contentType(ContentType.JSON).body(event).post("/events")
			.then()
			.statusCode(201);
		Instant written = Instant.now();

		assertThat(slugs(first, list)).as("through the instance that wrote").contains("shared-cache-event");
		Duration seen = awaitThroughSecond(list, true, written);
		assertThat(seen).as("delay through the other instance").isLessThan(REFRESH.multipliedBy(4));
		assertThat(api(second).get(list).header("ETag")).isNotEqualTo(cachedTag);

		String etag = api(first).get("/events/shared-cache-event").header("ETag");
		api(first).auth().preemptive().basic("ada", "shared").header("If-Match", etag).delete("/events/shared-cache-event")
			.then()
			.statusCode(204);
		Instant deleted = Instant.now();
		assertThat(slugs(first, list)).doesNotContain("shared-cache-event");
		assertThat(awaitThroughSecond(list, false, deleted)).isLessThan(REFRESH.multipliedBy(4));
	}

	private static Duration awaitThroughSecond(String list, boolean present, Instant since) throws InterruptedException {
		while (slugs(second, list).contains("shared-cache-event") != present) {
			assertThat(Duration.between(since, Instant.now())).as("waiting for the other instance")
				.isLessThan(Duration.ofSeconds(10));
			Thread.sleep(20);
		}
		return Duration.between(since, Instant.now());
	}

	private static List<String> slugs(ConfigurableApplicationContext instance, String path) {
		return api(instance).get(path).then().statusCode(200).extract().jsonPath().getList("content.slug");
	}

	private static RequestSpecification api(ConfigurableApplicationContext instance) {
		return RestAssured.given()
			.baseUri("http://localhost")
			.port(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
	}

}
