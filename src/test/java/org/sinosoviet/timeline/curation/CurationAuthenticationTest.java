package org.sinosoviet.timeline.curation;

import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Reads are public; every write needs the curator's credentials, and a refusal says why in problem+json.
 */
class CurationAuthenticationTest extends CurationTestSupport {

	@ParameterizedTest(name = "{0} {1} without credentials")
	@CsvSource({ "POST, /events", "PUT, /events/zhenbao-island-clash", "PATCH, /events/zhenbao-island-clash",
			"DELETE, /events/zhenbao-island-clash", "POST, /actors", "PUT, /actors/mao-zedong",
			"PATCH, /actors/mao-zedong", "DELETE, /actors/mao-zedong", "POST, /grievances",
			"PUT, /grievances/border-dispute", "PATCH, /grievances/border-dispute",
			"DELETE, /grievances/border-dispute" })
	void refusesWritesWithoutCredentials(String method, String path) {
		given().contentType(ContentType.JSON)
			.body("{}")
			.request(method, path)
			.then()
			.statusCode(401)
			.contentType("application/problem+json")
			.header("WWW-Authenticate", containsString("Basic realm="))
			.body("status", equalTo(401))
			.body("detail", containsString("curator"));
		given().get(path).then().statusCode(200);
	}

	@ParameterizedTest(name = "user {0}")
	@CsvSource({ ApiTest.CURATOR + ", wrong-password", "someone-else, " + ApiTest.PASSWORD, "'', ''" })
	void refusesWrongCredentials(String username, String password) {
		given().auth()
			.preemptive()
			.basic(username, password)
			.contentType(ContentType.JSON)
			.body(event("should-never-exist"))
			.post("/events")
			.then()
			.statusCode(401)
			.contentType("application/problem+json")
			.header("WWW-Authenticate", containsString("Basic"))
			.body("detail", equalTo("Those credentials are not a curator's."));
		given().get("/events/should-never-exist").then().statusCode(404);
	}

	@Test
	void guessesAtAnUnknownUsernameLockNobodyOut() {
		for (int attempt = 1; attempt <= 8; attempt++) {
			given().auth().preemptive().basic("intruder", "guess-" + attempt).delete("/events/zhenbao-island-clash")
				.then()
				.statusCode(401)
				.contentType("application/problem+json");
		}

		asCurator().contentType(ContentType.JSON)
			.body("{}")
			.post("/grievances")
			.then()
			.statusCode(400);
	}

	@Test
	void readsNeedNoCredentials() {
		for (String path : new String[] { "/events", "/events/zhenbao-island-clash",
				"/events/zhenbao-island-clash/history", "/eras", "/actors", "/grievances", "/causes-of-split",
				"/timeline", "/relations/trend" }) {
			given().get(path).then().statusCode(200);
		}
	}

	@Test
	void theCuratorsCredentialsAreAccepted() {
		asCurator().contentType(ContentType.JSON)
			.body("{}")
			.post("/grievances")
			.then()
			.statusCode(400)
			.contentType("application/problem+json");
	}

}
