package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;
import org.sinosoviet.timeline.RawHttp;
import org.sinosoviet.timeline.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each limit, and the problem that answers a request beyond it.
 */
class LimitsApiTest extends ApiTestSupport {

	@Test
	void capsThePageSize() {
		given().get("/events?size=100000").then().statusCode(200).body("page.size", equalTo(200));
	}

	@Test
	void limitsTheLengthOfQ() {
		given().get("/events?q=" + "a".repeat(200)).then().statusCode(200);
		given().get("/events?q=" + "a".repeat(201))
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams[0].name", equalTo("q"))
			.body("invalidParams[0].reason", containsString("200"));
	}

	@Test
	void limitsTheLengthOfSlugs() {
		given().get("/events/" + "a".repeat(100)).then().statusCode(404);
		given().get("/events/" + "a".repeat(101))
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams[0].name", equalTo("slug"))
			.body("invalidParams[0].reason", containsString("100"));
		given().get("/events?actor=" + "a".repeat(500))
			.then()
			.statusCode(400)
			.body("invalidParams[0].name", equalTo("actor"))
			.body("invalidParams[0].reason", containsString("…"));
	}

	@Test
	void refusesAnOversizedUrlWith414() {
		given().get("/events?q=a&era=" + "x".repeat(2100))
			.then()
			.statusCode(414)
			.contentType("application/problem+json")
			.body("type", endsWith("/problems/uri-too-long"))
			.body("detail", containsString("2048"));
	}

	/** Tomcat enforces it, for every request alike, cached answers included, and says which limit. */
	@Test
	void refusesOversizedHeadersWith431() throws IOException {
		given().header("X-Padding", "p".repeat(9000)).get("/events").then().statusCode(200);
		for (String path : new String[] { "/events", "/events?era=khrushchev", "/no/such/path" }) {
			Answer answer = RawHttp.send(port(), "GET", path, Map.of("X-Padding", "p".repeat(11_000)), null);

			assertThat(answer.status()).as(path).isEqualTo(431);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.body()).contains("/problems/headers-too-large", "10240 bytes");
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	@Test
	void answersWhatTomcatRefusesWithAProblemTooAndNamesNoServer() throws IOException {
		Answer huge = RawHttp.send(port(), "GET", "/events", Map.of("X-Padding", "p".repeat(40_000)), null);
		Answer malformed = RawHttp.send(port(), "GET", "/events?q=a b", Map.of(), null);
		Answer control = RawHttp.send(port(), "GET", "/events/\u0001", Map.of(), null);

		assertThat(huge.status()).isEqualTo(431);
		for (Answer answer : new Answer[] { huge, malformed, control }) {
			assertThat(answer.status()).isBetween(400, 431);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.body()).contains("\"status\":" + answer.status()).doesNotContainIgnoringCase("tomcat");
			assertThat(answer.header("Server")).isNull();
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	@Test
	void refusesAQueryStringThatIsNotUtf8() throws IOException {
		for (String query : new String[] { "q=%zz", "q=%C3%28", "q=%", "era=%ED%A0%80" }) {
			Answer answer = RawHttp.send(port(), "GET", "/events?" + query, Map.of(), null);

			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.body()).contains("percent-encoded UTF-8");
		}
	}

}
