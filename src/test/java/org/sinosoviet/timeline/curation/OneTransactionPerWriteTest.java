package org.sinosoviet.timeline.curation;

import io.restassured.http.ContentType;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.event.Event;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A curator's write is one transaction: the resource is loaded once, its version checked against
 * {@code If-Match} once, changed, and the answer read from the same state.
 */
class OneTransactionPerWriteTest extends CurationTestSupport {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void aPatchOfAnActorIsOneTransactionThatLoadsTheActorOnce() {
		asCurator().contentType(ContentType.JSON)
			.body(ActorAndGrievanceCurationApiTest.actor("one-transaction-person"))
			.post("/actors")
			.then()
			.statusCode(201);
		deleteAfterTest("/actors/one-transaction-person");
		String etag = etagOf("/actors/one-transaction-person");

		Statistics statistics = statistics();
		asCurator().contentType("application/merge-patch+json")
			.header("If-Match", etag)
			.body("{\"name\": \"Patched Person\"}")
			.patch("/actors/one-transaction-person")
			.then()
			.statusCode(200)
			.body("name", equalTo("Patched Person"))
			.body("version", equalTo(1));

		assertThat(statistics.getTransactionCount()).isEqualTo(1);
		assertThat(statistics.getEntityStatistics(Actor.class.getName()).getLoadCount()).isEqualTo(1);
		assertThat(statistics.getEntityStatistics(Actor.class.getName()).getUpdateCount()).isEqualTo(1);
	}

	@Test
	void aPatchOfAnEventIsOneTransactionThatLoadsTheEventOnce() {
		String etag = create(event("one-transaction-event"));

		Statistics statistics = statistics();
		asCurator().contentType("application/merge-patch+json")
			.header("If-Match", etag)
			.body("{\"title\": \"Patched in one transaction\"}")
			.patch("/events/one-transaction-event")
			.then()
			.statusCode(200)
			.body("title", equalTo("Patched in one transaction"));

		assertThat(statistics.getTransactionCount()).isEqualTo(1);
		assertThat(statistics.getEntityStatistics(Event.class.getName()).getLoadCount()).isEqualTo(1);
	}

	@Test
	void aStaleIfMatchIsRefusedBeforeAnythingIsWritten() {
		String etag = create(event("one-transaction-stale"));
		asCurator().contentType("application/merge-patch+json")
			.header("If-Match", etag)
			.body("{\"title\": \"First change\"}")
			.patch("/events/one-transaction-stale")
			.then()
			.statusCode(200);

		Statistics statistics = statistics();
		asCurator().contentType("application/merge-patch+json")
			.header("If-Match", etag)
			.body("{\"title\": \"Second change, from the old version\"}")
			.patch("/events/one-transaction-stale")
			.then()
			.statusCode(412);

		assertThat(statistics.getEntityStatistics(Event.class.getName()).getUpdateCount()).isZero();
		given().get("/events/one-transaction-stale").then().body("title", equalTo("First change"));
	}

	private Statistics statistics() {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

}
