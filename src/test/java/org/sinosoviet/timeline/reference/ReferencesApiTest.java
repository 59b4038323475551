package org.sinosoviet.timeline.reference;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

/**
 * The works behind the dataset, as a historian follows an event to them and back.
 */
class ReferencesApiTest extends ApiTestSupport {

	private static final String WORK = "garver-2016";

	@Test
	void listsReferencesPagedAndOrderedByFirstAuthorThenDate() {
		List<Map<String, Object>> references = given().get("/references?size=200")
			.then()
			.statusCode(200)
			.header("Link", containsString("rel=\"first\""))
			.body("page.size", equalTo(200))
			.extract()
			.jsonPath()
			.getList("content");
		assertThat(references).isNotEmpty();
		List<String> firstAuthors = references.stream()
			.map(reference -> (List<?>) reference.get("authors"))
			.map(authors -> authors.isEmpty() ? "" : (String) authors.get(0))
			.toList();
		assertThat(firstAuthors).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(references).allSatisfy(reference -> assertThat(reference).containsKeys("slug", "kind", "authors",
				"title", "container", "date", "publisher", "identifiers", "eventCount"));
	}

	@Test
	void filtersByKindAndByWords() {
		given().get("/references?kind=book&size=200")
			.then()
			.statusCode(200)
			.body("content", not(empty()))
			.body("content.kind", everyItem(equalTo("book")));
		List<Map<String, Object>> found = given().get("/references?q=sino-soviet&size=200")
			.jsonPath()
			.getList("content");
		assertThat(found).isNotEmpty().allSatisfy(reference -> assertThat(String.join(" ",
				String.valueOf(reference.get("title")), String.valueOf(reference.get("container")),
				String.valueOf(reference.get("publisher")), String.valueOf(reference.get("authors")))
			.toLowerCase()).contains("sino-soviet"));
	}

	@Test
	void anUnknownKindIsABadParameterThatListsTheKinds() {
		given().get("/references?kind=poem")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams[0].name", equalTo("kind"))
			.body("invalidParams[0].accepted", hasItem("archival-document"));
	}

	@Test
	void aReferenceListsTheEventsThatCiteItAndEachOfThemDoes() {
		Map<String, Object> work = given().get("/references/" + WORK)
			.then()
			.statusCode(200)
			.header("ETag", org.hamcrest.Matchers.notNullValue())
			.body("slug", equalTo(WORK))
			.body("kind", equalTo("book"))
			.extract()
			.jsonPath()
			.getMap("$");
		List<Map<String, Object>> events = (List<Map<String, Object>>) work.get("events");
		assertThat(events).isNotEmpty();
		Set<String> slugs = events.stream().map(event -> (String) event.get("slug")).collect(Collectors.toSet());
		assertThat(work.get("eventCount")).isEqualTo(slugs.size());
		for (String slug : slugs) {
			given().get("/events/" + slug)
				.then()
				.body("citations.reference", hasItem(WORK))
				.body("citations.find { it.reference == '" + WORK + "' }.title", equalTo(work.get("title")));
		}
		given().get("/events?reference=" + WORK + "&size=200")
			.then()
			.statusCode(200)
			.body("page.totalElements", equalTo(slugs.size()));
	}

	@Test
	void anUnknownReferenceIsNotFoundAndAnUnknownFilterIsABadParameter() {
		given().get("/references/no-such-work").then().statusCode(404).contentType("application/problem+json");
		given().get("/events?reference=no-such-work")
			.then()
			.statusCode(400)
			.body("invalidParams[0].name", equalTo("reference"))
			.body("invalidParams[0].accepted", hasItem(WORK));
	}

	@Test
	void theCsvExportHasAColumnOfCitations() throws IOException {
		String csv = given().get("/events?format=csv&reference=" + WORK).asString();
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).isNotEmpty()
			.allSatisfy(record -> assertThat(record.get("citations")).contains(WORK + " | "));
	}

	@Test
	void theTimelineJsExportShowsDatesAsPeopleWriteThemAndTheReferences() {
		List<Map<String, Object>> events = given().get("/timeline?format=timelinejs").jsonPath().getList("events");
		Map<String, Object> zhenbao = events.stream()
			.filter(event -> "zhenbao-island-clash".equals(event.get("unique_id")))
			.findFirst()
			.orElseThrow();
		assertThat(((Map<?, ?>) zhenbao.get("start_date")).get("display_date")).isEqualTo("2 March 1969");
		assertThat(events).allSatisfy(event -> assertThat(
				(String) ((Map<?, ?>) event.get("start_date")).get("display_date"))
			.matches("(about )?(\\d{1,2} )?([A-Z][a-z]+ )?\\d{4}"));
		assertThat((String) ((Map<?, ?>) zhenbao.get("text")).get("text")).contains("References:")
			.doesNotContain(".txt");
	}

}
