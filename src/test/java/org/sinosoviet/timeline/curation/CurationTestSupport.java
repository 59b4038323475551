package org.sinosoviet.timeline.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.provider.Arguments;

import org.sinosoviet.timeline.ApiTest;
import org.sinosoviet.timeline.ApiTestSupport;

/**
 * Writes as the test curator, and removes what a test created so that the shared database is left as
 * the dataset made it.
 */
public abstract class CurationTestSupport extends ApiTestSupport {

	static final String DOCUMENT = "002_208eeb2e8e4ee72a.txt";

	/** A reference of the dataset, for the events tests write. */
	static final String REFERENCE = "garver-2016";

	private final List<String> created = new ArrayList<>();

	/** A request carrying the curator's credentials. */
	RequestSpecification asCurator() {
		return given().auth().preemptive().basic(ApiTest.CURATOR, ApiTest.PASSWORD);
	}

	/** A complete, valid event body. */
	public static Map<String, Object> event(String slug) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("slug", slug);
		event.put("title", "Test event " + slug);
		event.put("summary", "A meeting that never happened, written by a test.");
		event.put("start", "1990-04-24");
		event.put("type", "summit");
		event.put("impact", -2);
		event.put("location", Map.of("name", "Moscow", "lat", 55.75, "lon", 37.62));
		event.put("actors", List.of(Map.of("slug", "mikhail-gorbachev", "role", "host"),
				Map.of("slug", "deng-xiaoping", "role", "guest")));
		event.put("grievances", List.of("border-dispute"));
		event.put("citations", List.of(Map.of("reference", REFERENCE, "locator", "p. 1", "supports", List.of("fact"))));
		event.put("sources", List.of(Map.of("document", DOCUMENT, "section", "Test section")));
		event.put("notes", "Written by a test; removed after it.");
		return event;
	}

	/** A row of an invalid-body table: the field to be named, and a valid body changed to make it invalid. */
	static Arguments invalid(String field, Map<String, Object> valid, Consumer<Map<String, Object>> change) {
		Map<String, Object> body = new LinkedHashMap<>(valid);
		change.accept(body);
		return Arguments.of(field, body);
	}

	/** Creates an event that is deleted after the test, answering its ETag. */
	String create(Map<String, Object> event) {
		Response response = asCurator().contentType(ContentType.JSON).body(event).post("/events");
		response.then().statusCode(201);
		created.add("/events/" + event.get("slug"));
		return response.header("ETag");
	}

	/** Deletes, after the test, something the test created by other means. */
	void deleteAfterTest(String path) {
		created.add(path);
	}

	/**
	 * The ETag a write answered with, as a later read carries it: the same, or the tag of the same entity
	 * gzipped when the read is sent compressed.
	 */
	static org.hamcrest.Matcher<String> sameEntityTag(String etag) {
		return org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo(etag),
				org.hamcrest.Matchers.equalTo(etag.substring(0, etag.length() - 1) + "-gz\""));
	}

	String etagOf(String path) {
		return given().get(path).then().statusCode(200).extract().header("ETag");
	}

	@AfterEach
	void deleteCreated() {
		for (int i = created.size() - 1; i >= 0; i--) {
			String path = created.get(i);
			Response current = given().get(path);
			if (current.statusCode() == 200) {
				asCurator().header("If-Match", current.header("ETag")).delete(path).then().statusCode(204);
			}
		}
		created.clear();
	}

}
