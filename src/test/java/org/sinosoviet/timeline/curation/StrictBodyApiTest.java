package org.sinosoviet.timeline.curation;

import java.util.Map;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A curator's body is read as written: no text that cannot be stored, no value quietly converted to
 * another type, no date beyond the timeline, no title made of invisible characters, no field given twice.
 * Each is a 400 problem naming the field, on every database, and nothing is stored.
 */
class StrictBodyApiTest extends CurationTestSupport {

	static Stream<Arguments> bodiesThatCannotBeStored() {
		Map<String, Object> valid = event("strict-body-event");
		return Stream.of(invalid("title", valid, body -> body.put("title", "a\ud800b")),
				invalid("summary", valid, body -> body.put("summary", "a\udc00")),
				invalid("title", valid, body -> body.put("title", "a\u0000b")),
				invalid("notes", valid, body -> body.put("notes", "nul \u0000 inside")),
				invalid("impact", valid, body -> body.put("impact", 1.9)),
				invalid("impact", valid, body -> body.put("impact", "1")),
				invalid("end", valid, body -> body.put("end", "9999")),
				invalid("title", valid, body -> body.put("title", "\u200B\uFEFF\u00A0")),
				invalid("summary", valid, body -> body.put("summary", "\u00A0\u2007\u200B")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("bodiesThatCannotBeStored")
	void refusesABodyThatCannotBeStoredAsWritten(String field, Map<String, Object> body) {
		asCurator().contentType(ContentType.JSON)
			.body(body)
			.post("/events")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidFields.name", hasItem(field));
		given().get("/events/strict-body-event").then().statusCode(404);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "title", "impact" })
	void refusesAFieldGivenTwice(String field) {
		String body = """
				{"slug": "strict-body-twice", "title": "Once", "summary": "A test.", "start": "1990-04-24",
				 "type": "summit", "impact": 1, "sources": [{"document": "%s", "section": "Test"}], %s}"""
			.formatted(DOCUMENT, field.equals("title") ? "\"title\": \"Twice\"" : "\"impact\": 2");
		asCurator().contentType(ContentType.JSON)
			.body(body)
			.post("/events")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidFields[0].name", equalTo(field));
		given().get("/events/strict-body-twice").then().statusCode(404);
	}

	@Test
	void aMergePatchThatChangesNothingMakesNoNewVersion() {
		String etag = create(event("strict-body-no-op"));
		int version = given().get("/events/strict-body-no-op").jsonPath().getInt("version");

		for (String patch : new String[] { "{}", "{\"impact\": -2}" }) {
			asCurator().contentType("application/merge-patch+json")
				.header("If-Match", etag)
				.body(patch)
				.patch("/events/strict-body-no-op")
				.then()
				.statusCode(200)
				.body("version", equalTo(version));
		}
		given().get("/events/strict-body-no-op/history").then().body("size()", equalTo(1));
	}

	@Test
	void aFormulaInATitleComesOutOfTheCsvExportAsText() {
		Map<String, Object> event = event("strict-body-formula");
		event.put("title", "=cmd|' /C calc'!A0");
		create(event);

		String csv = given().get("/events?format=csv&q=calc").asString();

		assertThat(csv).contains("\"'=cmd|' /C calc'!A0\"").doesNotContain(",=cmd");
		assertThat(csv).as("a negative impact stays a number").contains(",-2,");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"a\\ud800b\"", "\"nul\\u0000\"" })
	void refusesUnstorableTextInAMergePatch(String title) {
		Map<String, Object> event = event("strict-body-patch");
		String etag = create(event);
		asCurator().contentType("application/merge-patch+json")
			.header("If-Match", etag)
			.body("{\"title\": " + title + "}")
			.patch("/events/strict-body-patch")
			.then()
			.statusCode(400)
			.body("invalidFields[0].name", equalTo("title"));
		given().get("/events/strict-body-patch").then().body("title", equalTo(event.get("title")));
	}

}
