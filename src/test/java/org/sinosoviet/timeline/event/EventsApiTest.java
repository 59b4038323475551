package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.sinosoviet.timeline.ApiTestSupport;
import org.sinosoviet.timeline.chronology.HistoricalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The events list and detail, called the way a client calls them.
 */
class EventsApiTest extends ApiTestSupport {

	@Test
	void listsEventsPagedTheSpringDataWay() {
		given().get("/events")
			.then()
			.statusCode(200)
			.contentType("application/json")
			.body("page.size", equalTo(50))
			.body("page.number", equalTo(0))
			.body("page.totalElements", equalTo(all().size()))
			.body("content.size()", equalTo(50))
			.body("content[0].slug", notNullValue());
	}

	@Test
	void filtersByEraAlone() {
		List<Map<String, Object>> events = list("/events?size=200&era=khrushchev");

		assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.get("era")).isEqualTo("khrushchev"));
		int eraCount = given().get("/eras/khrushchev").then().extract().path("eventCount");
		assertThat(events).hasSize(eraCount);
	}

	@Test
	void filtersByActorAlone() {
		List<Map<String, Object>> events = list("/events?size=200&actor=zhou-enlai");

		assertThat(events).isNotEmpty()
			.allSatisfy(event -> assertThat(actorsOf(event)).contains("zhou-enlai"));
		assertThat(events).hasSize((int) all().stream().filter(e -> actorsOf(e).contains("zhou-enlai")).count());
	}

	@Test
	void filtersByGrievanceAlone() {
		List<Map<String, Object>> events = list("/events?size=200&grievance=border-dispute");

		assertThat(slugs(events)).contains("zhenbao-island-clash", "tielieketi-incident");
		assertThat(events).allSatisfy(event -> assertThat(grievancesOf(event)).contains("border-dispute"));
	}

	@Test
	void filtersByGrievanceCategoryAlone() {
		Set<String> territorial = new HashSet<>(given().get("/grievances?category=territory&size=200")
			.then()
			.extract()
			.jsonPath()
			.getList("content.slug", String.class));

		List<Map<String, Object>> events = list("/events?size=200&category=territory");

		assertThat(events).isNotEmpty()
			.allSatisfy(event -> assertThat(grievancesOf(event)).containsAnyElementsOf(territorial));
		assertThat(events).hasSize((int) all().stream()
			.filter(e -> grievancesOf(e).stream().anyMatch(territorial::contains))
			.count());
	}

	@Test
	void filtersByTypeAlone() {
		List<Map<String, Object>> events = list("/events?size=200&type=border-clash");

		assertThat(slugs(events)).contains("zhenbao-island-clash");
		assertThat(events).allSatisfy(event -> assertThat(event.get("type")).isEqualTo("border-clash"));
	}

	@Test
	void filtersByExactImpactAndByDirection() {
		assertThat(list("/events?size=200&impact=-2")).isNotEmpty()
			.allSatisfy(event -> assertThat(event.get("impact")).isEqualTo(-2));
		assertThat(list("/events?size=200&impact=worsened")).isNotEmpty()
			.allSatisfy(event -> assertThat((Integer) event.get("impact")).isNegative());
		assertThat(list("/events?size=200&impact=improved")).isNotEmpty()
			.allSatisfy(event -> assertThat((Integer) event.get("impact")).isPositive());
		assertThat(list("/events?size=200&impact=unchanged")).isNotEmpty()
			.allSatisfy(event -> assertThat(event.get("impact")).isEqualTo(0));
	}

	@Test
	void searchesTitleSummaryAndNotesCaseInsensitively() {
		assertThat(slugs(list("/events?q=SWIMMING"))).contains("khrushchev-visits-beijing-1958");
		assertThat(slugs(list("/events?q=damansky"))).contains("zhenbao-island-clash");
		// "Cheng-pao" appears only in the notes of the Zhenbao event
		assertThat(slugs(list("/events?q=cheng-pao"))).containsExactly("zhenbao-island-clash");
		assertThat(list("/events?q=no-such-words-anywhere")).isEmpty();
	}

	@Test
	void searchTreatsWildcardsAsLiteralCharacters() {
		assertThat(list("/events?q=%25")).isEmpty();
		assertThat(list("/events?q=_")).isEmpty();
	}

	@Test
	void filtersByDatesAtEveryPrecisionWithOverlap() {
		// The Cultural Revolution (1966-1976) overlaps 1970 though it starts in 1966.
		assertThat(slugs(list("/events?size=200&from=1970&to=1970"))).contains("cultural-revolution");
		assertThat(slugs(list("/events?size=200&from=1969-03&to=1969-03"))).contains("zhenbao-island-clash",
				"sino-soviet-border-conflict");
		assertThat(slugs(list("/events?size=200&from=1969-03-02&to=1969-03-02"))).contains("zhenbao-island-clash");
		assertThat(slugs(list("/events?size=200&from=1969-03-18&to=1969-03-31")))
			.doesNotContain("zhenbao-island-clash")
			.contains("sino-soviet-border-conflict");

		for (Map<String, Object> event : list("/events?size=200&from=1958&to=1962")) {
			LocalDate first = HistoricalDate.parse((String) event.get("start")).firstDay();
			String end = (String) (event.get("end") == null ? event.get("start") : event.get("end"));
			LocalDate last = HistoricalDate.parse(end).lastDay();
			assertThat(first).isBeforeOrEqualTo(LocalDate.of(1962, 12, 31));
			assertThat(last).isAfterOrEqualTo(LocalDate.of(1958, 1, 1));
		}
	}

	@Test
	void openEndedDateFiltersWork() {
		assertThat(list("/events?size=200&from=1989")).isNotEmpty().allSatisfy(event -> {
			String end = (String) (event.get("end") == null ? event.get("start") : event.get("end"));
			assertThat(HistoricalDate.parse(end).lastDay()).isAfterOrEqualTo(LocalDate.of(1989, 1, 1));
		});
		assertThat(list("/events?size=200&to=1950")).extracting(e -> e.get("slug"))
			.contains("prc-founded", "korean-war")
			.doesNotContain("stalin-dies");
	}

	@Test
	void combinesParametersWithAnd() {
		List<Map<String, Object>> events = list("/events?size=200&era=khrushchev&actor=mao-zedong&from=1958&to=1962");

		assertThat(slugs(events)).contains("khrushchev-visits-beijing-1958", "great-leap-forward");
		assertThat(events).allSatisfy(event -> {
			assertThat(event.get("era")).isEqualTo("khrushchev");
			assertThat(actorsOf(event)).contains("mao-zedong");
		});
		assertThat(list("/events?size=200&era=stalin&type=border-clash")).isEmpty();
	}

	@Test
	void repeatedParametersCombineWithOr() {
		Set<String> stalin = new HashSet<>(slugs(list("/events?size=200&era=stalin")));
		Set<String> brezhnev = new HashSet<>(slugs(list("/events?size=200&era=brezhnev")));
		Set<String> union = new HashSet<>(stalin);
		union.addAll(brezhnev);

		assertThat(new HashSet<>(slugs(list("/events?size=200&era=stalin&era=brezhnev")))).isEqualTo(union);
		assertThat(new HashSet<>(slugs(list("/events?size=200&era=stalin,brezhnev")))).isEqualTo(union);
		assertThat(slugs(list("/events?size=200&type=war&type=invasion"))).contains("korean-war",
				"vietnam-invades-cambodia");
	}

	@Test
	void sortsChronologicallyByFirstDayThenSlug() {
		List<Map<String, Object>> events = all();
		for (int i = 1; i < events.size(); i++) {
			HistoricalDate previous = HistoricalDate.parse((String) events.get(i - 1).get("start"));
			HistoricalDate current = HistoricalDate.parse((String) events.get(i).get("start"));
			assertThat(previous.firstDay()).isBeforeOrEqualTo(current.firstDay());
			if (previous.firstDay().equals(current.firstDay())) {
				assertThat((String) events.get(i - 1).get("slug")).isLessThan((String) events.get(i).get("slug"));
			}
		}
		assertThat(events.get(0).get("slug")).isEqualTo("prc-founded");
	}

	@Test
	void reverseSortIsTheExactReverse() {
		List<String> forward = slugs(list("/events?size=200&sort=date"));
		List<String> backward = new ArrayList<>(slugs(list("/events?size=200&sort=-date")));
		java.util.Collections.reverse(backward);

		assertThat(backward).isEqualTo(forward);
	}

	@Test
	void pagesThroughTheListWithLinkHeaders() {
		int total = all().size();
		int lastPage = (total - 1) / 10;

		Response first = given().get("/events?size=10&era=khrushchev,brezhnev,stalin,rapprochement");
		first.then()
			.statusCode(200)
			.body("page.size", equalTo(10))
			.body("page.totalPages", equalTo(lastPage + 1))
			.header("Link", containsString("page=1>; rel=\"next\""))
			.header("Link", containsString("page=" + lastPage + ">; rel=\"last\""));
		assertThat(java.net.URLDecoder.decode(first.header("Link"), java.nio.charset.StandardCharsets.UTF_8))
			.contains("era=khrushchev,brezhnev,stalin,rapprochement")
			.doesNotContain("rel=\"prev\"");

		Response middle = given().get("/events?size=10&page=2");
		middle.then()
			.header("Link", containsString("page=1>; rel=\"prev\""))
			.header("Link", containsString("page=3>; rel=\"next\""))
			.header("Link", containsString("page=0>; rel=\"first\""));

		Response last = given().get("/events?size=10&page=" + lastPage);
		assertThat(last.header("Link")).doesNotContain("rel=\"next\"");
		assertThat(last.jsonPath().getList("content")).hasSize(total - lastPage * 10);

		List<String> paged = new ArrayList<>();
		for (int page = 0; page <= lastPage; page++) {
			paged.addAll(given().get("/events?size=10&page=" + page).jsonPath().getList("content.slug", String.class));
		}
		assertThat(paged).isEqualTo(slugs(all()));
	}

	@Test
	void clampsLargePagesTo200() {
		given().get("/events?size=1000")
			.then()
			.statusCode(200)
			.body("page.size", equalTo(200))
			.body("content.size()", equalTo(all().size()));
	}

	@Test
	void pageBeyondTheEndIsEmpty() {
		given().get("/events?page=99").then().statusCode(200).body("content.size()", equalTo(0));
	}

	@Test
	void detailHasTheFullTextAndItsNeighbours() {
		List<String> chronological = slugs(all());
		int index = chronological.indexOf("zhenbao-island-clash");

		given().get("/events/zhenbao-island-clash")
			.then()
			.statusCode(200)
			.body("slug", equalTo("zhenbao-island-clash"))
			.body("start", equalTo("1969-03-02"))
			.body("precision", equalTo("day"))
			.body("era", equalTo("brezhnev"))
			.body("type", equalTo("border-clash"))
			.body("impact", equalTo(-2))
			.body("text", notNullValue())
			.body("location.lat", notNullValue())
			.body("sources.document", hasItems("000_b390f599aaf78cad.txt", "002_208eeb2e8e4ee72a.txt"))
			.body("actors.slug", hasItem("ussr"))
			.body("grievances", hasItem("border-dispute"))
			.body("previous", equalTo(chronological.get(index - 1)))
			.body("next", equalTo(chronological.get(index + 1)));
	}

	@Test
	void firstAndLastEventsHaveNoNeighbourBeyondThem() {
		List<String> chronological = slugs(all());
		given().get("/events/" + chronological.get(0)).then().body("previous", nullValue());
		given().get("/events/" + chronological.get(chronological.size() - 1)).then().body("next", nullValue());
	}

	@Test
	void eraAndActorSubresourcesListTheirEvents() {
		assertThat(slugs(list("/eras/stalin/events?size=200"))).isEqualTo(slugs(list("/events?size=200&era=stalin")));
		assertThat(slugs(list("/actors/deng-xiaoping/events?size=200")))
			.isEqualTo(slugs(list("/events?size=200&actor=deng-xiaoping")));
		assertThat(slugs(list("/eras/stalin/events?size=200&type=treaty"))).containsExactly("sino-soviet-treaty-1950");
		given().get("/eras/nope/events").then().statusCode(404);
		given().get("/actors/nope/events").then().statusCode(404);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "era=foo|era|khrushchev", "actor=nobody|actor|mao-zedong",
			"grievance=nothing|grievance|border-dispute", "category=economics|category|economy",
			"type=battle|type|border-clash", "impact=-3|impact|worsened", "sort=year|sort|-date" })
	void unknownValuesAreBadRequestsListingTheAcceptedOnes(String query, String parameter, String anAccepted) {
		given().get("/events?" + query)
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams.find { it.name == '" + parameter + "' }.accepted", hasItem(anAccepted));
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=1969-02-30", "to=1969-13", "from=soon", "from=1962&to=1958", "size=0", "page=-1",
			"size=ten" })
	void badDatesAndRangesAreBadRequestsNamingTheParameter(String query) {
		String name = query.startsWith("from=1962") ? "from" : query.substring(0, query.indexOf('='));
		given().get("/events?" + query)
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("invalidParams.name", hasItem(name));
	}

	@Test
	void reportsEveryBadParameterAtOnce() {
		given().get("/events?era=foo&actor=nobody&from=1970&to=1960")
			.then()
			.statusCode(400)
			.body("invalidParams.name", hasItems("era", "actor", "from"));
	}

	@Test
	void unknownParametersAreBadRequestsListingTheAcceptedOnes() {
		given().get("/events?eras=stalin")
			.then()
			.statusCode(400)
			.body("invalidParams[0].name", equalTo("eras"))
			.body("invalidParams[0].accepted", hasItems("era", "actor", "from", "to", "q", "page", "size", "sort"));
		given().get("/events?_=1700000000").then().statusCode(200);
	}

	@Test
	void overlongSearchIsABadRequest() {
		given().get("/events?q=" + "x".repeat(EventFilter.MAX_QUERY_LENGTH + 1))
			.then()
			.statusCode(400)
			.body("invalidParams.name", hasItem("q"));
	}

	@Test
	void everyGetHasAnEtagAndRevalidatesWith304() {
		Response first = given().get("/events?era=khrushchev");
		String etag = first.header("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.header("Cache-Control")).contains("no-cache");

		given().header("If-None-Match", etag)
			.get("/events?era=khrushchev")
			.then()
			.statusCode(304)
			.header("ETag", equalTo(etag));
		given().header("If-None-Match", "\"something-else\"").get("/events?era=khrushchev").then().statusCode(200);
		assertThat(given().get("/events?era=brezhnev").header("ETag")).isNotEqualTo(etag);
	}

	@Test
	void allowsCrossOriginReadsAndExposesLinkAndEtag() {
		given().header("Origin", "https://teacher.example")
			.get("/events?size=5")
			.then()
			.statusCode(200)
			.header("Access-Control-Allow-Origin", equalTo("*"))
			.header("Access-Control-Expose-Headers", containsString("Link"))
			.header("Access-Control-Expose-Headers", containsString("ETag"));

		given().header("Origin", "https://teacher.example")
			.header("Access-Control-Request-Method", "GET")
			.options("/events")
			.then()
			.statusCode(200)
			.header("Access-Control-Allow-Methods", containsString("GET"));
	}

	@Test
	void everyEventCitesASeedDocument() {
		given().get("/events?size=200")
			.then()
			.body("content.sources.flatten().document", everyItem(org.hamcrest.Matchers.endsWith(".txt")));
	}

	private List<Map<String, Object>> all() {
		return list("/events?size=200");
	}

	private List<Map<String, Object>> list(String path) {
		JsonPath json = given().get(path).then().statusCode(200).extract().jsonPath();
		return json.getList("content");
	}

	private static List<String> slugs(List<Map<String, Object>> events) {
		return events.stream().map(event -> (String) event.get("slug")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> actorsOf(Map<String, Object> event) {
		return ((List<Map<String, Object>>) event.get("actors")).stream()
			.map(actor -> (String) actor.get("slug"))
			.collect(Collectors.toList());
	}

	@SuppressWarnings("unchecked")
	private static List<String> grievancesOf(Map<String, Object> event) {
		return (List<String>) event.get("grievances");
	}

}
