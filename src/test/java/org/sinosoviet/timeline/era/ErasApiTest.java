package org.sinosoviet.timeline.era;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

class ErasApiTest extends ApiTestSupport {

	@Test
	void listsExactlyFourErasInOrderAsAPlainArray() {
		given().get("/eras")
			.then()
			.statusCode(200)
			.body("$", hasSize(4))
			.body("slug", contains("stalin", "khrushchev", "brezhnev", "rapprochement"))
			.body("[0].start", equalTo("1949-10-01"))
			.body("end", contains("1953-03-05", "1964-10-14", "1982-11-10", "1991-12-26"))
			.body("precision", contains("day", "day", "day", "day"));
	}

	@Test
	void erasAreContiguous() {
		List<Map<String, Object>> eras = given().get("/eras").jsonPath().getList("$");
		for (int i = 1; i < eras.size(); i++) {
			assertThat(eras.get(i).get("start")).isEqualTo(eras.get(i - 1).get("end"));
		}
	}

	@Test
	void eventCountsAddUpToTheWholeTimeline() {
		List<Integer> counts = given().get("/eras").jsonPath().getList("eventCount", Integer.class);
		int total = given().get("/events").jsonPath().getInt("page.totalElements");

		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
	}

	@Test
	void namesTheLeadersOnEachSide() {
		given().get("/eras/khrushchev")
			.then()
			.body("leaders.ussr.slug", hasItem("nikita-khrushchev"))
			.body("leaders.prc.slug", contains("mao-zedong"));
		given().get("/eras/rapprochement").then().body("leaders.ussr.slug", hasItem("mikhail-gorbachev"));
	}

	@Test
	void detailAddsTheEraLeadingGrievances() {
		List<Map<String, Object>> leading = given().get("/eras/brezhnev")
			.then()
			.statusCode(200)
			.body("slug", equalTo("brezhnev"))
			.extract()
			.jsonPath()
			.getList("leadingGrievances");
		List<String> topCauses = given().get("/causes-of-split?era=brezhnev&limit=3")
			.jsonPath()
			.getList("grievance.slug", String.class);

		assertThat(leading).extracting(grievance -> grievance.get("slug")).containsExactlyElementsOf(topCauses);
	}

	@Test
	void unknownEraIsNotFound() {
		given().get("/eras/mao").then().statusCode(404).contentType("application/problem+json");
	}

}
