package org.sinosoviet.timeline.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sinosoviet.timeline.PackagedApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;

/**
 * The jar started the fast-start way ({@code -Dspring.aot.enabled=true}, bean definitions settled at build
 * time): the same service, and the switches an operator sets at run time still take effect.
 */
class FastStartIT {

	@TempDir
	Path dataDir;

	@Test
	void servesTheSameApiFromTheBeanDefinitionsSettledAtBuildTime() throws Exception {
		try (PackagedApplication app = PackagedApplication.start(dataDir, List.of("-Dspring.aot.enabled=true"),
				Map.of("TIMELINE_RATE_LIMIT_ENABLED", "true", "TIMELINE_RATE_LIMIT_REQUESTS", "50"))) {
			assertThat(app.log()).contains("Starting AOT-processed");

			String etag = app.given()
				.get("/events?era=khrushchev")
				.then()
				.statusCode(200)
				.header("RateLimit-Limit", "50")
				.body("content.era", everyItem(equalTo("khrushchev")))
				.header("ETag", not(emptyString()))
				.extract()
				.header("ETag");
			app.given().header("If-None-Match", etag).get("/events?era=khrushchev").then().statusCode(304);
			app.given().get("/events/zhenbao-island-clash").then().statusCode(200).body("start", equalTo("1969-03-02"));
			app.given().get("/causes-of-split").then().statusCode(200);
			app.given().get("/timeline?format=timelinejs").then().statusCode(200).body("$", hasKey("events"));
			app.given().get("/v3/api-docs").then().statusCode(200).body("paths", hasKey("/events"));
			app.given()
				.contentType("application/json")
				.body("{}")
				.post("/events")
				.then()
				.statusCode(401)
				.contentType("application/problem+json");
		}
	}

}
