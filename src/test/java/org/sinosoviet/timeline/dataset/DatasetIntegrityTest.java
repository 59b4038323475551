package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;
import org.sinosoviet.timeline.chronology.HistoricalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks over the whole dataset that must hold for every event, actor and grievance, whoever added it.
 */
class DatasetIntegrityTest extends ApiTestSupport {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Path SOURCES = Path.of("docs", "sources");

	@Test
	void erasAreContiguousAndEndOnTheContractDates() {
		List<Map<String, Object>> eras = eras();
		assertThat(eras).extracting(era -> era.get("slug"))
			.containsExactly("stalin", "khrushchev", "brezhnev", "rapprochement");
		assertThat(eras).extracting(era -> era.get("end"))
			.containsExactly("1953-03-05", "1964-10-14", "1982-11-10", "1991-12-26");
		for (int i = 1; i < eras.size(); i++) {
			assertThat(eras.get(i).get("start")).isEqualTo(eras.get(i - 1).get("end"));
		}
	}

	@Test
	void everyEventsEraIsTheEraOfItsStart() {
		List<Map<String, Object>> eras = eras();
		for (Map<String, Object> event : events()) {
			LocalDate start = HistoricalDate.parse((String) event.get("start")).firstDay();
			String expected = null;
			for (int i = 0; i < eras.size(); i++) {
				LocalDate eraStart = LocalDate.parse((String) eras.get(i).get("start"));
				LocalDate eraEnd = LocalDate.parse((String) eras.get(i).get("end"));
				boolean afterStart = i == 0 ? !start.isBefore(eraStart) : start.isAfter(eraStart);
				if (afterStart && !start.isAfter(eraEnd)) {
					expected = (String) eras.get(i).get("slug");
				}
			}
			assertThat(event.get("era")).as(event.get("slug") + " starts in").isEqualTo(expected);
		}
	}

	@Test
	void precisionMatchesTheFormOfEachDate() {
		for (Map<String, Object> event : events()) {
			assertThat(precisionOf((String) event.get("start"))).as("%s start", event.get("slug"))
				.isEqualTo(event.get("precision"));
			if (event.get("end") != null) {
				assertThat(precisionOf((String) event.get("end"))).as("%s end", event.get("slug"))
					.isEqualTo(event.get("endPrecision"));
			}
			else {
				assertThat(event.get("endPrecision")).isNull();
			}
		}
	}

	@Test
	void noEventEndsBeforeItStarts() {
		for (Map<String, Object> event : events()) {
			if (event.get("end") != null) {
				HistoricalDate start = HistoricalDate.parse((String) event.get("start"));
				HistoricalDate end = HistoricalDate.parse((String) event.get("end"));
				assertThat(end.firstDay()).as((String) event.get("slug")).isAfterOrEqualTo(start.firstDay());
			}
		}
	}

	@Test
	void everyEventCitesAReferenceForItsDateAndItsFacts() {
		Set<String> references = new HashSet<>();
		allReferences().forEach(reference -> references.add((String) reference.get("slug")));
		assertThat(references).as("the study notes are provenance, not references")
			.noneMatch(slug -> slug.contains("b390f599") || slug.contains("208eeb2e"));
		for (Map<String, Object> event : events()) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> citations = (List<Map<String, Object>>) event.get("citations");
			assertThat(citations).as("citations of %s", event.get("slug")).isNotEmpty();
			assertThat(citations).extracting(citation -> (String) citation.get("reference"))
				.as("references cited by %s", event.get("slug"))
				.allMatch(references::contains);
			List<Object> supported = citations.stream()
				.flatMap(citation -> ((List<?>) citation.get("supports")).stream())
				.map(Object.class::cast)
				.toList();
			assertThat(supported)
				.as("what the citations of %s support", event.get("slug"))
				.contains("fact");
		}
	}

	private List<Map<String, Object>> allReferences() {
		List<Map<String, Object>> all = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			io.restassured.path.json.JsonPath json = given().get("/references?size=200&page=" + page).jsonPath();
			all.addAll(json.getList("content"));
			if (page + 1 >= json.getInt("page.totalPages")) {
				return all;
			}
		}
	}

	@Test
	void everyReferenceIsCitedAndItsIdentifiersAreWellFormed() {
		List<Map<String, Object>> references = allReferences();
		assertThat(references).hasSizeGreaterThanOrEqualTo(50);
		for (Map<String, Object> reference : references) {
			String slug = (String) reference.get("slug");
			assertThat((Integer) reference.get("eventCount")).as("events citing %s", slug).isPositive();
			assertThat((String) reference.get("title")).as(slug).isNotBlank();
			@SuppressWarnings("unchecked")
			Map<String, String> ids = (Map<String, String>) reference.get("identifiers");
			if (ids.get("isbn") != null) {
				assertThat(Identifiers.isValidIsbn(ids.get("isbn"))).as("ISBN of %s: %s", slug, ids.get("isbn")).isTrue();
			}
			if (ids.get("doi") != null) {
				assertThat(ids.get("doi")).as("DOI of %s", slug).matches("10\\.\\d{4,9}/\\S+");
			}
			if (ids.get("url") != null) {
				assertThat(ids.get("url")).as("URL of %s", slug).matches("https?://[^\\s/]+\\S*");
			}
		}
	}

	@Test
	void textsNameTheStudyNotesByTheirTitlesNeverByNumberOrFile() {
		Pattern byNumber = Pattern.compile("(?i)seed (0|00|000|002)\\b|000_b390|002_208|\\bseeds?\\b");
		for (Map<String, Object> event : events()) {
			Map<String, Object> detail = given().get("/events/" + event.get("slug")).jsonPath().getMap("$");
			for (String field : List.of("title", "summary", "text", "notes", "impactRationale")) {
				Object text = detail.get(field);
				if (text != null) {
					assertThat(byNumber.matcher((String) text).find()).as("%s of %s: %s", field, event.get("slug"), text)
						.isFalse();
				}
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void alternativesAndCorrectionsNameWorksTheEventCitesAndAStudyNote() {
		for (Map<String, Object> listed : events()) {
			Map<String, Object> event = given().get("/events/" + listed.get("slug")).jsonPath().getMap("$");
			List<String> cited = ((List<Map<String, Object>>) event.get("citations")).stream()
				.map(citation -> (String) citation.get("reference"))
				.toList();
			for (Map<String, String> alternative : (List<Map<String, String>>) event.get("alternatives")) {
				assertThat(alternative.get("field")).isIn("start", "end", "figure");
				assertThat(cited).as("the work behind an alternative of %s", listed.get("slug"))
					.contains(alternative.get("reference"));
				assertThat(alternative.get("value")).isNotBlank();
			}
			for (Map<String, String> correction : (List<Map<String, String>>) event.get("corrections")) {
				assertThat(correction.get("field")).isIn("start", "end", "figure", "fact", "actor", "place");
				assertThat(cited).as("the work behind a correction of %s", listed.get("slug"))
					.contains(correction.get("reference"));
				assertThat(correction.get("studyNote")).isIn("000_b390f599aaf78cad.txt", "002_208eeb2e8e4ee72a.txt");
				assertThat(correction.get("studyNoteTitle")).startsWith("Sino-Soviet Relations");
			}
		}
	}

	@Test
	void everyEraHoldsEventsAndTheWholePeriodIsCovered() {
		List<Map<String, Object>> events = events();
		assertThat(events).extracting(event -> event.get("era"))
			.contains("stalin", "khrushchev", "brezhnev", "rapprochement");
		Set<Integer> years = new HashSet<>();
		events.forEach(event -> years.add(Integer.parseInt(((String) event.get("start")).substring(0, 4))));
		assertThat(years).as("years with an event").hasSizeGreaterThanOrEqualTo(35).contains(1949, 1969, 1979, 1989, 1991);
	}

	@Test
	void everyEventGivesTheReasonForItsImpact() {
		assertThat(events()).allSatisfy(event -> assertThat((String) event.get("impactRationale"))
			.as("impact rationale of %s", event.get("slug"))
			.isNotBlank());
	}

	@Test
	void everyQuoteFromAStudyNoteIsReallyThere() throws IOException {
		Map<String, String> seeds = Map.of("000_b390f599aaf78cad.txt", seed("000_b390f599aaf78cad.txt"),
				"002_208eeb2e8e4ee72a.txt", seed("002_208eeb2e8e4ee72a.txt"));
		for (Map<String, Object> event : events()) {
			@SuppressWarnings("unchecked")
			List<Map<String, String>> sources = (List<Map<String, String>>) event.get("sources");
			for (Map<String, String> source : sources) {
				assertThat(seeds).containsKey(source.get("document"));
				assertThat(source.get("section") != null || source.get("quote") != null).isTrue();
				if (source.get("quote") != null) {
					assertThat(seeds.get(source.get("document"))).as("quote in %s", event.get("slug"))
						.contains(normalise(source.get("quote")));
				}
			}
		}
	}

	@Test
	void everyGrievanceHasEvidenceAndEveryActorTakesPart() {
		List<Map<String, Object>> grievances = given().get("/grievances?size=200").jsonPath().getList("content");
		assertThat(grievances).hasSizeGreaterThanOrEqualTo(12)
			.allSatisfy(g -> assertThat((List<?>) g.get("evidence")).as((String) g.get("slug")).isNotEmpty());
		assertThat(grievances).extracting(g -> g.get("category"))
			.contains("ideology", "territory", "economy", "security-nuclear", "leadership-rivalry",
					"diplomacy-personal", "third-parties");

		List<String> actors = given().get("/actors?size=200").jsonPath().getList("content.slug", String.class);
		assertThat(actors).hasSizeGreaterThanOrEqualTo(20);
		Set<String> taking = new HashSet<>(
				given().get("/events?size=200").jsonPath().getList("content.actors.flatten().slug", String.class));
		assertThat(taking).containsAll(actors);
	}

	@Test
	void slugsAreUniqueAndUrlSafe() {
		for (String path : List.of("/events?size=200", "/actors?size=200", "/grievances?size=200")) {
			List<String> slugs = given().get(path).jsonPath().getList("content.slug", String.class);
			assertThat(slugs).doesNotHaveDuplicates().allMatch(slug -> SLUG.matcher(slug).matches(), "url-safe");
		}
	}

	@Test
	void datasetIsOfTheExpectedSizeAndImpactsAreInRange() {
		List<Map<String, Object>> events = events();
		assertThat(events).hasSizeBetween(110, 150);
		assertThat(events).allSatisfy(event -> assertThat((Integer) event.get("impact")).isBetween(-2, 2));
	}

	@Test
	void locationsHaveValidCoordinates() {
		for (Map<String, Object> event : events()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> location = (Map<String, Object>) event.get("location");
			if (location != null && location.get("lat") != null) {
				assertThat(((Number) location.get("lat")).doubleValue()).isBetween(-90.0, 90.0);
				assertThat(((Number) location.get("lon")).doubleValue()).isBetween(-180.0, 180.0);
				assertThat(location.get("name")).isNotNull();
			}
		}
	}

	private List<Map<String, Object>> events() {
		return given().get("/events?size=200").jsonPath().getList("content");
	}

	private List<Map<String, Object>> eras() {
		return given().get("/eras").jsonPath().getList("$");
	}

	private static String precisionOf(String date) {
		return switch (date.length()) {
			case 4 -> "year";
			case 7 -> "month";
			case 10 -> "day";
			default -> "invalid";
		};
	}

	private static String seed(String name) throws IOException {
		return normalise(Files.readString(SOURCES.resolve(name), StandardCharsets.UTF_8));
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
