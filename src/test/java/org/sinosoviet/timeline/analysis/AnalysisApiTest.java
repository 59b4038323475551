package org.sinosoviet.timeline.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * /causes-of-split, /timeline, /relations/trend and /on-this-day.
 */
class AnalysisApiTest extends ApiTestSupport {

	@Test
	void ranksCausesWithTheirEvidence() {
		List<Map<String, Object>> causes = given().get("/causes-of-split")
			.then()
			.statusCode(200)
			.body("[0].rank", equalTo(1))
			.body("[0].grievance.slug", equalTo("revisionism-polemics"))
			.extract()
			.jsonPath()
			.getList("$");

		for (int i = 1; i < causes.size(); i++) {
			assertThat((Integer) causes.get(i - 1).get("score"))
				.isGreaterThanOrEqualTo((Integer) causes.get(i).get("score"));
			assertThat(causes.get(i).get("rank")).isEqualTo(i + 1);
		}
	}

	@Test
	void scoreIsComputedFromTheEvidenceEvents() {
		Map<String, Object> cause = given().get("/causes-of-split?limit=1").jsonPath().getMap("[0]");
		@SuppressWarnings("unchecked")
		List<String> evidence = (List<String>) cause.get("evidence");

		int expected = 0;
		for (String slug : evidence) {
			int impact = given().get("/events/" + slug).jsonPath().getInt("impact");
			expected += Math.max(0, 1 - impact);
		}
		assertThat(cause.get("score")).isEqualTo(expected);
		assertThat(cause.get("eventCount")).isEqualTo(evidence.size());
	}

	@Test
	void eraFilteringChangesTheRanking() {
		List<String> whole = slugs("/causes-of-split");
		List<String> khrushchev = slugs("/causes-of-split?era=khrushchev");
		List<String> brezhnev = slugs("/causes-of-split?era=brezhnev");

		assertThat(khrushchev).isNotEqualTo(brezhnev);
		assertThat(brezhnev.get(0)).isNotEqualTo(khrushchev.get(0));
		assertThat(khrushchev).doesNotContain("vietnam-and-cambodia");
		assertThat(whole).containsAll(khrushchev);
		given().get("/causes-of-split?era=brezhnev")
			.then()
			.body("eras.flatten()", everyItem(equalTo("brezhnev")));
	}

	@Test
	void dateRangeCountsOnlyEvidenceInsideIt() {
		List<Map<String, Object>> causes = given().get("/causes-of-split?from=1969&to=1969").jsonPath().getList("$");
		assertThat(causes).extracting(cause -> (Object) ((Map<?, ?>) cause.get("grievance")).get("slug"))
			.contains("border-dispute");
		for (Map<String, Object> cause : causes) {
			@SuppressWarnings("unchecked")
			List<String> evidence = (List<String>) cause.get("evidence");
			for (String slug : evidence) {
				Map<String, Object> event = given().get("/events/" + slug).jsonPath().getMap("$");
				String end = (String) (event.get("end") == null ? event.get("start") : event.get("end"));
				assertThat((String) event.get("start")).as(slug).isLessThanOrEqualTo("1969-12-31");
				assertThat(end.substring(0, 4)).as(slug).isGreaterThanOrEqualTo("1969");
			}
		}
	}

	@Test
	void filtersByCategoryAndHolderAndLimits() {
		given().get("/causes-of-split?category=territory")
			.then()
			.body("grievance.category", everyItem(equalTo("territory")));
		given().get("/causes-of-split?heldBy=ussr").then().body("grievance.heldBy", everyItem(equalTo("ussr")));
		given().get("/causes-of-split?limit=3").then().body("$", hasSize(3));
	}

	@Test
	void categoryScoresEqualTheSumOfTheirGrievances() {
		List<Map<String, Object>> categories = given().get("/causes-of-split?groupBy=category")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("$");

		assertThat(categories).isNotEmpty();
		for (Map<String, Object> category : categories) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> grievances = (List<Map<String, Object>>) category.get("grievances");
			int sum = grievances.stream().mapToInt(g -> (Integer) g.get("score")).sum();
			assertThat(category.get("score")).isEqualTo(sum);
		}
		for (int i = 1; i < categories.size(); i++) {
			assertThat((Integer) categories.get(i - 1).get("score"))
				.isGreaterThanOrEqualTo((Integer) categories.get(i).get("score"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "era=mao", "limit=0", "limit=101", "from=1980&to=1970", "groupBy=decade",
			"category=war", "heldBy=nobody", "from=1969-02-30" })
	void badParametersAreBadRequests(String query) {
		given().get("/causes-of-split?" + query)
			.then()
			.statusCode(400)
			.contentType("application/problem+json");
	}

	@Test
	void timelineHasTheErasInOrderWithTheirEvents() {
		given().get("/timeline")
			.then()
			.statusCode(200)
			.body("eras.slug", contains("stalin", "khrushchev", "brezhnev", "rapprochement"))
			.body("eras[0].events[0].slug", equalTo("prc-founded"))
			.body("eras.events.flatten().size()", equalTo(given().get("/events").jsonPath().getInt("page.totalElements")));
	}

	@Test
	void timelineAcceptsTheEventFilters() {
		given().get("/timeline?actor=gorbachev-not-an-actor").then().statusCode(400);
		given().get("/timeline?era=brezhnev&type=border-clash")
			.then()
			.body("eras.find { it.slug == 'brezhnev' }.events.slug", hasItem("zhenbao-island-clash"))
			.body("eras.find { it.slug == 'stalin' }.events", hasSize(0))
			.body("eras.events.flatten().type", everyItem(equalTo("border-clash")));
	}

	@Test
	void trendHasEveryYearFrom1949To1991WithARunningIndex() {
		List<Map<String, Object>> years = given().get("/relations/trend")
			.then()
			.statusCode(200)
			.body("$", hasSize(43))
			.body("[0].year", equalTo(1949))
			.body("[42].year", equalTo(1991))
			.extract()
			.jsonPath()
			.getList("$");

		int running = 0;
		int events = 0;
		for (Map<String, Object> year : years) {
			running += (Integer) year.get("netImpact");
			events += (Integer) year.get("eventCount");
			assertThat(year.get("index")).isEqualTo(running);
		}
		assertThat(events).isEqualTo(given().get("/events").jsonPath().getInt("page.totalElements"));
		assertThat(years).anySatisfy(year -> assertThat(year.get("eventCount")).isEqualTo(0));
	}

	@Test
	void onThisDayFindsDayPreciseEventsInAnyYear() {
		given().get("/on-this-day?date=03-02")
			.then()
			.statusCode(200)
			.body("slug", hasItem("zhenbao-island-clash"))
			.body("start", everyItem(org.hamcrest.Matchers.endsWith("-03-02")))
			.body("precision", everyItem(equalTo("day")));
		given().get("/on-this-day?date=12-26").then().body("slug", hasItem("soviet-union-dissolved"));
	}

	@Test
	void onThisDayDefaultsToToday() {
		String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MM-dd"));
		List<String> expected = given().get("/on-this-day?date=" + today).jsonPath().getList("slug", String.class);

		assertThat(given().get("/on-this-day").jsonPath().getList("slug", String.class)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "02-30", "13-01", "3-2", "1969-03-02", "tomorrow", "00-10" })
	void badDaysAreBadRequests(String date) {
		given().get("/on-this-day?date=" + date)
			.then()
			.statusCode(400)
			.body("invalidParams[0].name", equalTo("date"));
	}

	private List<String> slugs(String path) {
		return given().get(path).jsonPath().getList("grievance.slug", String.class);
	}

}
