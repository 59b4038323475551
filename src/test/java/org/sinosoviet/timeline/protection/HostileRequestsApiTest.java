package org.sinosoviet.timeline.protection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Requests an attacker sent: a forged Host header that must not reach any cached answer, pages beyond any
 * list, NUL in a query, and the error page asked for directly.
 */
class HostileRequestsApiTest extends ApiTestSupport {

	@Test
	void theApiDescriptionNeverTakesItsServerFromTheHostHeader() {
		given().header("Host", "evil.example")
			.get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("servers[0].url", equalTo("/"))
			.body(not(containsString("evil.example")));

		given().get("/v3/api-docs").then().statusCode(200).body(not(containsString("evil.example")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "10000001" })
	void aPageBeyondAnyListIsABadParameter(String page) {
		given().get("/events?page=" + page + "&size=200")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams[0].name", equalTo("page"));
	}

	@Test
	void theLastPageAnyoneCanAskForIsEmpty() {
		given().get("/events?page=10000000&size=200").then().statusCode(200).body("content.size()", equalTo(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/events?q=%00", "/events?q=a%00b", "/actors?kind=%00", "/events?era=stalin,%00" })
	void aNulInAQueryIsABadParameter(String path) {
		given().urlEncodingEnabled(false)
			.get(path)
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams[0].reason", containsString("NUL"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST", "PUT", "DELETE" })
	void theErrorPageAskedForDirectlyIsNotFound(String method) {
		given().request(method, "/error")
			.then()
			.statusCode(404)
			.contentType("application/problem+json")
			.body("status", equalTo(404));
	}

}
