package org.sinosoviet.timeline.caching;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A cached answer is the same answer: the same bytes and headers, revalidated with its ETag, kept apart
 * per {@code Accept}, and never a way around authentication.
 */
class ResponseCacheApiTest extends ApiTestSupport {

	@Test
	void answersARepeatedReadWithTheSameBytesAndHeaders() {
		Response first = given().get("/events?era=brezhnev&size=5");
		Response second = given().get("/events?era=brezhnev&size=5");

		assertThat(second.asString()).isEqualTo(first.asString());
		assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();
		assertThat(second.header("Link")).isEqualTo(first.header("Link")).contains("rel=\"next\"");
		assertThat(second.contentType()).isEqualTo(first.contentType());
		assertThat(second.header("Cache-Control")).isEqualTo("public, no-cache");
		assertThat(second.headers().getValues("Vary")).contains("Accept");
		assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void sendsLargeAnswersGzippedToClientsThatTakeGzipAndTheSameJsonToOthers() throws java.io.IOException {
		String path = "/events?era=khrushchev&size=10";
		io.restassured.config.RestAssuredConfig raw = io.restassured.config.RestAssuredConfig.config()
			.decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
		Response plain = givenUnchecked().config(raw).header("Accept-Encoding", "identity").get(path);
		for (int attempt = 0; attempt < 2; attempt++) { // the first kept, the second from the cache
			Response gzipped = givenUnchecked().config(raw).header("Accept-Encoding", "gzip, deflate").get(path);

			assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
			assertThat(gzipped.headers().getValues("Vary")).contains("Accept-Encoding");
			byte[] bytes = gzipped.asByteArray();
			assertThat(bytes.length).isLessThan(plain.asByteArray().length / 2);
			try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
					new java.io.ByteArrayInputStream(bytes))) {
				assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
					.isEqualTo(plain.asString());
			}
			assertThat(gzipped.header("ETag")).as("another representation, another validator")
				.isNotEqualTo(plain.header("ETag"));
			givenUnchecked().config(raw)
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", gzipped.header("ETag"))
				.get(path)
				.then()
				.statusCode(304);
		}
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(givenUnchecked().config(raw).header("Accept-Encoding", "gzip;q=0").get(path).header("Content-Encoding"))
			.isNull();
		assertThat(givenUnchecked().config(raw).header("Accept-Encoding", "gzip").get("/problems/not-found")
			.header("Content-Encoding")).as("a small answer").isNull();
	}

	@Test
	void revalidatesWithTheEtag() {
		String etag = given().get("/causes-of-split").header("ETag");
		given().get("/causes-of-split");

		given().header("If-None-Match", etag)
			.get("/causes-of-split")
			.then()
			.statusCode(304)
			.header("ETag", etag)
			.body(emptyString());
		given().header("If-None-Match", "\"something-else\"").get("/causes-of-split").then().statusCode(200);
		given().head("/causes-of-split").then().statusCode(200).header("ETag", etag).body(emptyString());
	}

	@Test
	void keepsAnswersApartPerAccept() {
		given().get("/events?era=stalin").then().contentType("application/json");

		given().accept("text/csv").get("/events?era=stalin").then().statusCode(200).contentType(startsWith("text/csv"));
		given().accept("application/geo+json")
			.get("/events?era=stalin")
			.then()
			.contentType(startsWith("application/geo+json"))
			.body("type", equalTo("FeatureCollection"));
		given().get("/events?era=stalin").then().contentType("application/json").body("page.number", equalTo(0));
	}

	@Test
	void servesReadsWhateverCredentialsTheyCarry() {
		String etag = given().get("/eras").then().statusCode(200).extract().header("ETag");

		given().auth()
			.preemptive()
			.basic("not-a-curator", "wrong")
			.get("/eras")
			.then()
			.statusCode(200)
			.header("ETag", equalTo(etag));
	}

	@Test
	void keepsNoErrors() {
		given().get("/events/not-yet-an-event").then().statusCode(404);
		given().get("/events?era=nowhere").then().statusCode(400);

		given().get("/events/not-yet-an-event").then().statusCode(404).contentType("application/problem+json");
	}

}
