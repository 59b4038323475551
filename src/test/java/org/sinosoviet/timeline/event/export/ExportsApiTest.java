package org.sinosoviet.timeline.event.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * CSV, GeoJSON and TimelineJS: the same filtered list as /events, in forms other tools read.
 */
class ExportsApiTest extends ApiTestSupport {

	@Test
	void csvParsesAndMatchesTheEventsList() throws IOException {
		Response response = given().get("/events?format=csv&era=khrushchev");
		response.then().statusCode(200).contentType(startsWith("text/csv")).contentType(containsString("UTF-8"));
		List<CSVRecord> records = parse(response.asString());
		List<Map<String, Object>> events = given().get("/events?era=khrushchev&size=200").jsonPath().getList("content");

		assertThat(records).hasSameSizeAs(events);
		for (int i = 0; i < events.size(); i++) {
			Map<String, Object> event = events.get(i);
			CSVRecord record = records.get(i);
			assertThat(record.get("slug")).isEqualTo(event.get("slug"));
			assertThat(record.get("title")).isEqualTo(event.get("title"));
			assertThat(record.get("start")).isEqualTo(event.get("start"));
			assertThat(record.get("end")).isEqualTo(event.get("end") == null ? "" : event.get("end"));
			assertThat(record.get("precision")).isEqualTo(event.get("precision"));
			assertThat(record.get("era")).isEqualTo(event.get("era"));
			assertThat(Integer.parseInt(record.get("impact"))).isEqualTo(event.get("impact"));
			assertThat(record.get("summary")).isEqualTo(event.get("summary"));
			assertThat(record.get("notes")).isEqualTo(event.get("notes") == null ? "" : event.get("notes"));
		}
	}

	@Test
	void csvQuotesCommasQuotesAndNewlinesPerRfc4180() throws IOException {
		String csv = given().accept("text/csv").get("/events?size=200").asString();

		assertThat(csv).startsWith(String.join(",", EventExports.CSV_COLUMNS) + "\r\n");
		assertThat(csv).contains("\"\"");
		List<CSVRecord> records = parse(csv);
		assertThat(records).hasSize(given().get("/events").jsonPath().getInt("page.totalElements"));
		CSVRecord zhenbao = records.stream().filter(r -> r.get("slug").equals("zhenbao-island-clash")).findFirst()
			.orElseThrow();
		assertThat(zhenbao.get("sources")).contains("\n").contains("000_b390f599aaf78cad.txt | Timeline |");
		assertThat(zhenbao.get("actors")).contains("ussr:belligerent");
		assertThat(zhenbao.get("lat")).isEqualTo("46.4889");
	}

	@Test
	@SuppressWarnings("unchecked")
	void geoJsonHoldsTheEventsWithCoordinatesAsLonLatPoints() {
		Response response = given().get("/events?format=geojson&size=200");
		response.then().statusCode(200).contentType("application/geo+json").body("type", equalTo("FeatureCollection"));
		List<Map<String, Object>> features = response.jsonPath().getList("features");
		List<Map<String, Object>> events = given().get("/events?size=200").jsonPath().getList("content");
		List<Map<String, Object>> located = events.stream()
			.filter(event -> event.get("location") != null && ((Map<?, ?>) event.get("location")).get("lat") != null)
			.toList();

		assertThat(features).hasSameSizeAs(located);
		for (int i = 0; i < features.size(); i++) {
			Map<String, Object> feature = features.get(i);
			Map<?, ?> location = (Map<?, ?>) located.get(i).get("location");
			Map<?, ?> geometry = (Map<?, ?>) feature.get("geometry");
			Map<?, ?> properties = (Map<?, ?>) feature.get("properties");
			assertThat(feature.get("type")).isEqualTo("Feature");
			assertThat(geometry.get("type")).isEqualTo("Point");
			assertThat((List<Object>) geometry.get("coordinates")).containsExactly(location.get("lon"), location.get("lat"));
			assertThat(properties.get("slug")).isEqualTo(located.get(i).get("slug"));
			assertThat(properties.get("start")).isEqualTo(located.get(i).get("start"));
			assertThat(properties.get("era")).isEqualTo(located.get(i).get("era"));
			assertThat(properties.get("impact")).isEqualTo(located.get(i).get("impact"));
		}
	}

	@Test
	void timelineJsDocumentFollowsTheFormat() {
		Response response = given().get("/timeline?format=timelinejs");
		response.then().statusCode(200).contentType("application/vnd.timelinejs+json");
		Map<String, Object> document = response.jsonPath().getMap("$");

		assertThat(((Map<?, ?>) ((Map<?, ?>) document.get("title")).get("text")).get("headline")).isNotNull();
		List<Map<String, Object>> eras = response.jsonPath().getList("eras");
		assertThat(eras).hasSize(4).allSatisfy(era -> {
			assertThat(era).containsKeys("start_date", "end_date", "text");
			assertThat(((Map<?, ?>) era.get("text")).get("headline")).isNotNull();
		});
		List<Map<String, Object>> events = response.jsonPath().getList("events");
		List<Map<String, Object>> listed = given().get("/events?size=200").jsonPath().getList("content");
		assertThat(events).hasSameSizeAs(listed);
		for (int i = 0; i < events.size(); i++) {
			Map<String, Object> event = events.get(i);
			Map<String, Object> source = listed.get(i);
			assertThat(event.get("unique_id")).isEqualTo(source.get("slug"));
			assertDateHoldsOnlyKnownParts((Map<?, ?>) event.get("start_date"), (String) source.get("start"));
			if (source.get("end") != null) {
				assertDateHoldsOnlyKnownParts((Map<?, ?>) event.get("end_date"), (String) source.get("end"));
			}
			else {
				assertThat(event).doesNotContainKey("end_date");
			}
			Map<?, ?> text = (Map<?, ?>) event.get("text");
			assertThat((String) text.get("headline")).doesNotContain("<");
			assertThat((String) text.get("text")).contains("References:").contains("<li>");
			assertThat(event.get("group")).isNotNull();
		}
	}

	@Test
	void timelineJsEscapesHtmlInTheData() {
		Map<String, Object> event = given().get("/events?format=timelinejs&q=swimming").jsonPath().getMap("events[0]");
		String text = (String) ((Map<?, ?>) event.get("text")).get("text");
		// The seed quotes contain apostrophes and quotation marks; they must arrive escaped.
		assertThat(text).doesNotContain("'").contains("&#39;");
	}

	@Test
	void exportsTakeTheEventFiltersAndPagingWhenAskedFor() throws IOException {
		assertThat(parse(given().get("/events?format=csv&type=border-clash").asString()))
			.allSatisfy(record -> assertThat(record.get("type")).isEqualTo("border-clash"));
		assertThat(parse(given().get("/events?format=csv&size=5").asString())).hasSize(5);
		given().get("/events?format=csv&era=nowhere").then().statusCode(400).contentType("application/problem+json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/events?format=xml", "/events?format=pdf", "/timeline?format=csv", "/eras?format=csv" })
	void unsupportedFormatsAreNotAcceptable(String path) {
		given().get(path).then().statusCode(406).contentType("application/problem+json");
	}

	@Test
	void unsupportedAcceptIsNotAcceptable() {
		given().accept("application/xml")
			.get("/events")
			.then()
			.statusCode(406)
			.header("Vary", containsString("Accept"))
			.header("Accept", equalTo("application/json, application/geo+json, application/vnd.timelinejs+json, text/csv"))
			.body("detail", containsString("available: application/json, application/geo+json, "
					+ "application/vnd.timelinejs+json, text/csv."));
		given().accept("text/csv;q=0.5, application/json").get("/events").then().contentType("application/json");
		given().accept("application/geo+json;q=0.5, text/csv").get("/events").then().contentType(startsWith("text/csv"));
	}

	/** A wildcard means JSON first, whichever representations a resource has besides. */
	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" })
	void wildcardsMeanJson(String accept) {
		given().accept(accept).get("/events").then().statusCode(200).contentType("application/json");
		given().accept(accept).get("/timeline").then().statusCode(200).contentType("application/json");
	}

	@Test
	void withoutAcceptTheAnswerIsJson() {
		given().header("Accept", "").get("/events").then().statusCode(200).contentType("application/json");
		given().accept("text/*").get("/events").then().statusCode(200).contentType(startsWith("text/csv"));
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

	@SuppressWarnings("unchecked")
	private static void assertDateHoldsOnlyKnownParts(Map<?, ?> untyped, String iso) {
		Map<String, Object> date = (Map<String, Object>) untyped;
		String[] parts = iso.split("-");
		assertThat(date.get("year")).isEqualTo(Integer.parseInt(parts[0]));
		if (parts.length > 1) {
			assertThat(date.get("month")).isEqualTo(Integer.parseInt(parts[1]));
		}
		else {
			assertThat(date).doesNotContainKey("month");
		}
		if (parts.length > 2) {
			assertThat(date.get("day")).isEqualTo(Integer.parseInt(parts[2]));
		}
		else {
			assertThat(date).doesNotContainKey("day");
		}
	}

}
