package org.sinosoviet.timeline.caching;

import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.TimelineApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * With the response cache switched off ({@code TIMELINE_CACHE_ENABLED=false}), every answer is computed
 * afresh, and conditional requests work as before: the same ETags, and 304 for a tag the client holds.
 */
class CacheOffTest {

	private static ConfigurableApplicationContext instance;

	@BeforeAll
	static void start() {
		String url = System.getProperty("timeline.test.datasource-url", "jdbc:h2:mem:cache-off-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		instance = new SpringApplicationBuilder(TimelineApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--timeline.cache.enabled=false", "--timeline.shutdown.drain=0s",
				"--spring.main.banner-mode=off", "--logging.level.root=warn");
	}

	@AfterAll
	static void stop() {
		if (instance != null) {
			instance.close();
		}
	}

	@Test
	void readsStillCarryETagsAndAnswer304() {
		String etag = api().get("/events?era=khrushchev").then().statusCode(200).extract().header("ETag");
		assertThat(etag).matches("\"[0-9a-f]{24}\"");
		api().head("/events?era=khrushchev").then().statusCode(200).header("ETag", equalTo(etag));
		api().header("If-None-Match", etag).get("/events?era=khrushchev").then().statusCode(304);
		api().header("If-None-Match", "W/" + etag).get("/events?era=khrushchev").then().statusCode(304);
		api().header("If-None-Match", "\"other\"").get("/events?era=khrushchev").then().statusCode(200);

		api().get("/events/zhenbao-island-clash")
			.then()
			.statusCode(200)
			.header("ETag", matchesPattern("\"v[0-9]+-[0-9a-f]{24}\""));
		// Nothing is kept, so nothing is kept compressed: the answer goes out as it is.
		api().header("Accept-Encoding", "gzip")
			.get("/events?era=khrushchev")
			.then()
			.statusCode(200)
			.header("Content-Encoding", nullValue())
			.header("ETag", equalTo(etag));
	}

	private static RequestSpecification api() {
		return RestAssured.given()
			.baseUri("http://localhost")
			.port(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
	}

}
