package org.sinosoviet.timeline;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every error a client can provoke is an RFC 9457 problem document that says what was wrong.
 */
class ProblemDetailsTest extends ApiTestSupport {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void unknownPathIsNotFoundProblem() {
		given().get("/no-such-thing")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.body("status", equalTo(404))
			.body("title", equalTo("Resource not found"))
			.body("type", notNullValue())
			.body("detail", containsString("/no-such-thing"))
			.body("instance", equalTo("/no-such-thing"));
	}

	@Test
	void unknownSlugIsNotFoundProblem() {
		given().get("/events/no-such-event")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.body("detail", containsString("no-such-event"));
	}

	@Test
	void wrongMethodIsMethodNotAllowedProblemWithAllowHeader() {
		given().delete("/eras")
			.then()
			.statusCode(405)
			.contentType(PROBLEM_JSON)
			.header("Allow", containsString("GET"))
			.body("status", equalTo(405))
			.body("detail", containsString("DELETE"));
	}

	@Test
	void typeMismatchIsBadRequestNamingTheParameter() {
		given().get("/events?page=abc")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("status", equalTo(400))
			.body("invalidParams.name", hasItem("page"))
			.body("invalidParams[0].reason", containsString("abc"));
	}

	@Test
	void unacceptableMediaTypeIsNotAcceptableProblem() {
		given().accept("image/png")
			.get("/eras")
			.then()
			.statusCode(406)
			.body(containsString("406"));
	}

	@Test
	void problemsRevealNoStackTraceOrSql() {
		given().get("/events?from=1969-02-30&era=%27%20or%201=1--")
			.then()
			.statusCode(400)
			.body(not(containsString("Exception")))
			.body(not(containsString("select")))
			.body(not(containsString("at org.")));
	}

	@Test
	void everyProblemTypeResolvesToItsExplanation() {
		String type = given().get("/events/no-such-event").path("type");

		given().get(type)
			.then()
			.statusCode(200)
			.body("status", org.hamcrest.Matchers.equalTo(404))
			.body("description", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
		for (String listed : given().get("/problems").jsonPath().getList("type", String.class)) {
			given().get(listed).then().statusCode(200);
		}
		given().get("/problems/no-such-problem").then().statusCode(404);
	}

}
