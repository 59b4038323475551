package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/data.md gives every event's impact and the reason for it; the table says what the data says.
 */
class DataDocumentationTest extends ApiTestSupport {

	private static final Pattern CORRECTION = Pattern.compile(
			"^\\| `([a-z0-9-]+)` \\| ([a-z]+) \\| \\*(Detente|Relations)\\*: (.+) \\| (.+) \\| `([a-z0-9-]+)` \\|$",
			Pattern.MULTILINE);

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([0-9-]+) \\| ([+-]?\\d) \\| (.+) \\|$",
			Pattern.MULTILINE);

	@Test
	@SuppressWarnings("unchecked")
	void theCorrectionsTableIsTheCorrectionsInTheData() throws IOException {
		String docs = Files.readString(Path.of("docs", "data.md"), StandardCharsets.UTF_8);
		String table = docs.substring(docs.indexOf("## Corrections of the study notes"), docs.indexOf("## Vocabulary"));
		List<String> documented = new java.util.ArrayList<>();
		Matcher row = CORRECTION.matcher(table);
		while (row.find()) {
			documented.add(String.join(" | ", row.group(1), row.group(2),
					row.group(3).equals("Detente") ? "000_b390f599aaf78cad.txt" : "002_208eeb2e8e4ee72a.txt", row.group(4),
					row.group(5), row.group(6)));
		}
		List<String> data = new java.util.ArrayList<>();
		for (String slug : given().get("/events?size=200").jsonPath().getList("content.slug", String.class)) {
			Map<String, Object> event = given().get("/events/" + slug).jsonPath().getMap("$");
			for (Map<String, String> correction : (List<Map<String, String>>) event.get("corrections")) {
				data.add(String.join(" | ", (String) event.get("slug"), correction.get("field"), correction.get("studyNote"),
						correction.get("studyNoteSays").replace('|', '/'), correction.get("recordSays").replace('|', '/'),
						correction.get("reference")));
			}
		}
		assertThat(documented).isNotEmpty().containsExactlyInAnyOrderElementsOf(data);
	}

	@Test
	void theRubricTableGivesEveryEventsImpactAndItsReasonAsTheDataDoes() throws IOException {
		String docs = Files.readString(Path.of("docs", "data.md"), StandardCharsets.UTF_8);
		String table = docs.substring(docs.indexOf("## The impact rubric"), docs.indexOf("## Scoring the causes"));
		Map<String, String[]> documented = new LinkedHashMap<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			documented.put(row.group(1), new String[] { row.group(2), row.group(3), row.group(4) });
		}
		List<Map<String, Object>> events = given().get("/events?size=200").jsonPath().getList("content");
		assertThat(documented.keySet()).as("events in the rubric table")
			.containsExactlyElementsOf(events.stream().map(event -> (String) event.get("slug")).toList());
		for (Map<String, Object> event : events) {
			String[] line = documented.get((String) event.get("slug"));
			assertThat(line[0]).as("start of %s", event.get("slug")).isEqualTo(event.get("start"));
			assertThat(Integer.parseInt(line[1])).as("impact of %s", event.get("slug")).isEqualTo(event.get("impact"));
			assertThat(line[2]).as("rationale of %s", event.get("slug"))
				.isEqualTo(((String) event.get("impactRationale")).replace('|', '/'));
		}
	}

}
