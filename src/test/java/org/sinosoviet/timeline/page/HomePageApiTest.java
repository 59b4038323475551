package org.sinosoviet.timeline.page;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;

/**
 * The page at {@code /} is answered by the service's own handler, whatever the page's own query: the page
 * itself, declared UTF-8, and a problem document to a client that asks for anything but HTML. Boot's welcome
 * page would not do: it forwards to {@code /index.html}, which through the response filters arrives empty,
 * and answers other media types with a bare 406.
 */
class HomePageApiTest extends ApiTestSupport {

	@Test
	void servesThePageAtTheRoot() {
		givenUnchecked().get("/?era=khrushchev&event=zhenbao-island-clash")
			.then()
			.statusCode(200)
			.header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"))
			.body(containsString("<!doctype html>"));
	}

	@Test
	void answersAnyOtherMediaTypeWithAProblem() {
		givenUnchecked().accept("application/json")
			.get("/")
			.then()
			.statusCode(406)
			.contentType("application/problem+json")
			.body(containsString("/problems/not-acceptable"));
	}

}
