package org.sinosoviet.timeline.grievance;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

class GrievancesApiTest extends ApiTestSupport {

	@Test
	void listsGrievancesWithTheirEvidence() {
		given().get("/grievances?size=200")
			.then()
			.statusCode(200)
			.body("page.totalElements", greaterThanOrEqualTo(12))
			.body("content.find { it.slug == 'border-dispute' }.category", equalTo("territory"))
			.body("content.find { it.slug == 'border-dispute' }.heldBy", equalTo("both"))
			.body("content.find { it.slug == 'border-dispute' }.evidence", hasItem("zhenbao-island-clash"));
	}

	@Test
	void filtersByCategoryHolderAndEra() {
		given().get("/grievances?category=ideology&size=200")
			.then()
			.body("content.category", everyItem(equalTo("ideology")));
		given().get("/grievances?heldBy=ussr&size=200").then().body("content.heldBy", everyItem(equalTo("ussr")));
		List<String> stalinEra = given().get("/grievances?era=stalin&size=200")
			.jsonPath()
			.getList("content.slug", String.class);
		assertThat(stalinEra).contains("mongolia-and-manchuria").doesNotContain("vietnam-and-cambodia");
	}

	@Test
	void unknownEraInFilterIsABadRequest() {
		given().get("/grievances?era=mao")
			.then()
			.statusCode(400)
			.body("invalidParams[0].accepted", hasItem("khrushchev"));
	}

	@Test
	void detailShowsEvidenceEventsInChronologicalOrder() {
		List<String> evidence = given().get("/grievances/nuclear-sharing")
			.then()
			.statusCode(200)
			.body("evidenceEvents.slug", hasItem("soviet-nuclear-aid-suspended"))
			.body("evidenceEvents.impact", not(hasItem(equalTo(null))))
			.extract()
			.jsonPath()
			.getList("evidenceEvents.start", String.class);
		assertThat(evidence).isSorted();
		given().get("/grievances/nope").then().statusCode(404);
	}

}
