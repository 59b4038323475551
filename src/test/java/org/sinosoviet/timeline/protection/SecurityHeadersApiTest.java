package org.sinosoviet.timeline.protection;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;
import org.sinosoviet.timeline.web.SecurityHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The headers every answer carries, what is never served, and cross-origin access limited to reads.
 */
class SecurityHeadersApiTest extends ApiTestSupport {

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		for (Response response : new Response[] { given().get("/"), given().get("/events"),
				given().get("/events/no-such-event"), given().get("/events?size=x"), given().post("/events"),
				given().get("/events?era=" + "x".repeat(3000)), given().get("/app.js") }) {
			response.then()
				.header("X-Content-Type-Options", "nosniff")
				.header("X-Frame-Options", "DENY")
				.header("Referrer-Policy", "strict-origin-when-cross-origin")
				.header("Content-Security-Policy", SecurityHeaders.POLICY)
				.header("Server", nullValue());
		}
	}

	@Test
	void thePagePolicyAllowsOnlyItsOwnScriptsStylesAndData() {
		assertThat(SecurityHeaders.POLICY).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
				"connect-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		String page = given().get("/").asString();
		assertThat(page).doesNotContain("<script>", "style=\"", " onclick=");
	}

	@Test
	void theApiDocumentationHasAPolicyOfItsOwn() {
		given().get("/swagger-ui/index.html")
			.then()
			.statusCode(200)
			.header("Content-Security-Policy", SecurityHeaders.DOCUMENTATION_POLICY);
	}

	@Test
	void neverServesTheDatabaseConsoleOrOtherActuatorEndpoints() {
		for (String path : new String[] { "/h2-console", "/h2-console/", "/actuator/env", "/actuator/beans",
				"/actuator/configprops", "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings" }) {
			given().get(path).then().statusCode(404).contentType("application/problem+json");
		}
		given().get("/actuator/health").then().statusCode(200);
		given().get("/actuator/info").then().statusCode(200);
	}

	@Test
	void letsAnyOriginRead() {
		given().header("Origin", "https://classroom.example")
			.get("/events")
			.then()
			.statusCode(200)
			.header("Access-Control-Allow-Origin", "*");
		given().header("Origin", "https://classroom.example")
			.header("Access-Control-Request-Method", "GET")
			.options("/events")
			.then()
			.statusCode(200)
			.header("Access-Control-Allow-Origin", "*")
			.header("Access-Control-Allow-Methods", "GET,HEAD");
	}

	@Test
	void refusesCrossOriginWrites() {
		for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
			given().header("Origin", "https://evil.example")
				.header("Access-Control-Request-Method", method)
				.options("/events/zhenbao-island-clash")
				.then()
				.statusCode(403)
				.contentType("application/problem+json")
				.header("Access-Control-Allow-Origin", nullValue())
				.body("status", equalTo(403));
		}
		given().header("Origin", "https://evil.example")
			.contentType("application/json")
			.body("{}")
			.post("/events")
			.then()
			.statusCode(403)
			.header("Access-Control-Allow-Origin", nullValue());
	}

}
