package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.ApiTest;
import org.sinosoviet.timeline.ApiTestSupport;
import org.sinosoviet.timeline.RawHttp;
import org.sinosoviet.timeline.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws generated hostile requests at every endpoint: random and oversized parameter values, injection
 * strings, broken percent-encodings, odd methods, odd {@code Accept} and {@code Content-Type} headers and
 * malformed bodies. Every answer must be below 500, every error a problem document, and afterwards the
 * service must answer exactly as before. The cases come from a fixed seed, so a failure can be replayed;
 * each is named by its number and request line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends ApiTestSupport {

	private static final long SEED = 19491001L;

	private static final int CASES = 600;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CURATOR = "Basic " + Base64.getEncoder()
		.encodeToString((ApiTest.CURATOR + ":" + ApiTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final String[] PATHS = { "/events", "/events/zhenbao-island-clash",
			"/events/zhenbao-island-clash/history", "/eras", "/eras/khrushchev", "/actors", "/actors/mao-zedong",
			"/grievances", "/grievances/border-dispute", "/causes-of-split", "/timeline", "/relations/trend",
			"/on-this-day", "/", "/problems", "/problems/not-found", "/actuator/health", "/v3/api-docs",
			"/events/no-such-event", "/no/such/path", "/index.html", "/app.js" };

	private static final String[] PARAMETERS = { "era", "actor", "grievance", "category", "type", "impact", "from",
			"to", "q", "page", "size", "sort", "format", "date", "limit", "groupBy", "heldBy", "kind", "side",
			"callback", "__proto__", "", "q[]", "size[0]" };

	private static final String[] VALUES = { "khrushchev", "mao-zedong", "' OR '1'='1", "1; DROP TABLE event;--",
			"\" OR \"\"=\"", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x/a}", "{{7*7}}",
			"%00", "%0d%0aSet-Cookie:%20x=1", "-1", "0", "99999999999999999999", "1e309", "NaN", "-2147483649",
			"0000", "99999-99-99", "1969-02-30", "1969-13", "2026-11-25", "-date", "date,-date", "json", "xml",
			"timelinejs", "csv", "geojson", "%", "%z", "%zz", "%C3%28", "%ED%A0%80", "%FF%FE", "%E2%82",
			"%F0%9F%98%80", "é", "%E6%AF%9B", "+", "%2B", "a,,b,", ",", "%20", "null", "true", "[]", "{}" };

	private static final String[] METHODS = { "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "PATCH",
			"DELETE", "OPTIONS", "TRACE", "PROPFIND", "FOO", "get" };

	private static final String[] ACCEPTS = { null, "*/*", "application/json", "application/problem+json",
			"text/html", "application/xml", "text/csv", "application/geo+json", "application/vnd.timelinejs+json",
			"image/png", "application/json;q=abc", "garbage", ";;;", "a/b/c", "", "*/*;q=0", "text/*, */*;q=0.1" };

	private static final String[] CONTENT_TYPES = { "application/json", "application/json",
			"application/merge-patch+json", "application/xml", "text/plain", "application/json; charset=latin1",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "garbage", "" };

	private String baseline;

	private int eventCount;

	@BeforeAll
	void rememberTheAnswers() {
		pointAtService();
		baseline = given().get("/events?era=khrushchev&size=200").asString();
		eventCount = given().get("/events").path("page.totalElements");
	}

	Stream<Arguments> hostileRequests() {
		Random random = new Random(SEED);
		List<Arguments> cases = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			String method = pick(random, METHODS);
			String target = pick(random, PATHS) + query(random);
			Map<String, String> headers = new LinkedHashMap<>();
			String accept = pick(random, ACCEPTS);
			if (accept != null) {
				headers.put("Accept", accept);
			}
			if (random.nextInt(4) == 0) {
				headers.put("Authorization", random.nextBoolean() ? CURATOR : "Basic " + randomText(random, 12));
			}
			if (random.nextInt(10) == 0) {
				headers.put("If-Match", random.nextBoolean() ? "\"v0-x\"" : randomText(random, 10));
			}
			if (random.nextInt(10) == 0) {
				headers.put("Origin", random.nextBoolean() ? "https://evil.example" : "null");
			}
			byte[] body = null;
			if (!method.equals("GET") && !method.equals("HEAD") && random.nextInt(3) > 0) {
				headers.put("Content-Type", pick(random, CONTENT_TYPES));
				body = body(random);
			}
			cases.add(Arguments.of(i, method, target, headers, body));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "#{0} {1} {2}")
	@MethodSource("hostileRequests")
	void answersEveryHostileRequestWithA4xxProblemOrAnAnswer(int number, String method, String target,
			Map<String, String> headers, byte[] body) throws IOException {
		Answer answer = RawHttp.send(port(), method, target, headers, body);

		assertThat(answer.status()).as("status of %s %s", method, target).isBetween(100, 499);
		if (answer.status() >= 400 && !method.equals("HEAD")) {
			assertThat(answer.header("Content-Type")).as("content type of %s %s: %s", method, target, answer)
				.startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
			assertThat(problem.path("title").asString()).isNotBlank();
			assertThat(answer.body()).doesNotContain("Exception", "at org.", "Tomcat");
		}
		assertThat(answer.header("X-Content-Type-Options")).as("headers of %s %s: %s", method, target, answer)
			.isEqualTo("nosniff");
	}

	@AfterAll
	void stillAnswersAsBefore() {
		assertThat(given().get("/events?era=khrushchev&size=200").asString()).isEqualTo(baseline);
		assertThat((int) given().get("/events").path("page.totalElements")).isEqualTo(eventCount);
	}

	private static String query(Random random) {
		int count = random.nextInt(4);
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < count; i++) {
			query.append(i == 0 ? '?' : '&').append(pick(random, PARAMETERS)).append('=');
			switch (random.nextInt(6)) {
				case 0 -> query.append(percentEncodedBytes(random, 1 + random.nextInt(30)));
				case 1 -> query.append("a".repeat(random.nextBoolean() ? 250 : 3000));
				default -> query.append(pick(random, VALUES));
			}
		}
		return query.toString();
	}

	private static byte[] body(Random random) {
		String json = switch (random.nextInt(14)) {
			case 0 -> "{";
			case 1 -> "[]";
			case 2 -> "null";
			case 3 -> "\"just a string\"";
			case 4 -> "[".repeat(5000) + "]".repeat(5000);
			case 5 -> "{\"impact\": 1e999999, \"slug\": \"hostile\"}";
			case 6 -> "{\"slug\": \"<script>\", \"title\": \"' OR 1=1--\", \"start\": {\"$gt\": \"\"}}";
			case 7 -> "{\"slug\": \"hostile\", \"slug\": \"twice\"}";
			case 8 -> "\uFEFF{\"slug\": \"bom\"}";
			case 9 -> "{\"actors\": [null], \"sources\": [null], \"grievances\": [null]}";
			case 10 -> "{\"title\": \"" + "x".repeat(70_000) + "\"}";
			case 11 -> "{\"__proto__\": {\"admin\": true}, \"constructor\": {}}";
			case 12 -> "{\"slug\": \"hostile-" + random.nextInt(1000) + "\", \"title\": \"t\", \"summary\": \"s\", "
					+ "\"start\": \"1969\", \"type\": \"summit\", \"impact\": " + (random.nextInt(9) - 4)
					+ ", \"sources\": [{\"document\": \"../../etc/passwd\", \"section\": \"x\"}]}";
			default -> null;
		};
		if (json != null) {
			return json.getBytes(StandardCharsets.UTF_8);
		}
		byte[] bytes = new byte[random.nextInt(200)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static String percentEncodedBytes(Random random, int length) {
		StringBuilder encoded = new StringBuilder();
		for (int i = 0; i < length; i++) {
			encoded.append('%').append(String.format("%02X", random.nextInt(256)));
		}
		return encoded.toString();
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append((char) (33 + random.nextInt(94)));
		}
		return text.toString();
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
