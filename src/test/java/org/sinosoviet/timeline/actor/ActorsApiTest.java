package org.sinosoviet.timeline.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.nullValue;

class ActorsApiTest extends ApiTestSupport {

	@Test
	void listsActorsPagedWithTheirOriginalNames() {
		given().get("/actors?size=200")
			.then()
			.statusCode(200)
			.body("page.totalElements", greaterThan(19))
			.body("content.find { it.slug == 'mao-zedong' }.originalName", equalTo("毛泽东"))
			.body("content.find { it.slug == 'nikita-khrushchev' }.originalName", equalTo("Никита Сергеевич Хрущёв"))
			.body("content.find { it.slug == 'mao-zedong' }.born", equalTo("1893-12-26"))
			.body("content.find { it.slug == 'ussr' }.born", nullValue());
	}

	@Test
	void filtersByKindAndSide() {
		given().get("/actors?kind=person&side=ussr&size=200")
			.then()
			.body("content.kind", everyItem(equalTo("person")))
			.body("content.side", everyItem(equalTo("ussr")))
			.body("content.slug", hasItem("leonid-brezhnev"));
		given().get("/actors?kind=party,organisation&size=200")
			.then()
			.body("content.kind", everyItem(isOneOf("party", "organisation")))
			.body("content.slug", hasItem("ccp"));
	}

	@Test
	void badFilterValuesListTheAcceptedOnes() {
		given().get("/actors?kind=army")
			.then()
			.statusCode(400)
			.body("invalidParams[0].name", equalTo("kind"))
			.body("invalidParams[0].accepted", contains("person", "state", "party", "organisation"));
		given().get("/actors?side=nato").then().statusCode(400).body("invalidParams[0].accepted", hasItem("prc"));
	}

	@Test
	void detailCountsTheActorsEventsAndEras() {
		int listed = given().get("/actors/deng-xiaoping/events?size=200").jsonPath().getInt("page.totalElements");

		given().get("/actors/deng-xiaoping")
			.then()
			.statusCode(200)
			.body("name", equalTo("Deng Xiaoping"))
			.body("eventCount", equalTo(listed))
			.body("eras", hasItem("rapprochement"));
	}

	@Test
	void peopleSayTheirDatesPrecision() {
		List<Map<String, Object>> people = given().get("/actors?kind=person&size=200").jsonPath().getList("content");
		assertThat(people).allSatisfy(person -> {
			if (person.get("born") != null) {
				assertThat(person.get("bornPrecision")).isNotNull();
			}
		});
		given().get("/actors/pol-pot").then().body("born", equalTo("1925")).body("bornPrecision", equalTo("year"));
	}

}
