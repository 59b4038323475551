package org.sinosoviet.timeline.event;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.ApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a page of events costs a fixed number of SQL statements however many events it holds: no
 * lazy loading per event, and none while the JSON is written.
 */
class StatementCountTest extends ApiTestSupport {

	/**
	 * Count, page, and one statement each for eras, actors, grievances, sources, citations (with their
	 * references), alternatives and corrections at most.
	 */
	private static final long MAX_STATEMENTS_PER_PAGE = 9;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void aFullPageOfEventsLoadsInABoundedNumberOfStatements() {
		long twoEvents = statementsFor("/events?size=2");
		long fiftyEvents = statementsFor("/events?size=50");

		assertThat(fiftyEvents).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE).isEqualTo(twoEvents);
		assertThat(statementsFor("/events?size=200")).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
	}

	@Test
	void filteredPagesAndDetailsAreBoundedToo() {
		assertThat(statementsFor("/events?size=200&era=khrushchev&actor=mao-zedong&grievance=taiwan-question"))
			.isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE + 3);
		assertThat(statementsFor("/events/zhenbao-island-clash")).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
		assertThat(statementsFor("/timeline")).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
	}

	private long statementsFor(String path) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		given().get(path).then().statusCode(200);
		return statistics.getPrepareStatementCount();
	}

}
