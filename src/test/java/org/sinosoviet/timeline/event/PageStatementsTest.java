package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.curation.DatasetVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one page of events costs the database, counted statement by statement as Hibernate sends them (the
 * dataset's version, read with plain JDBC, comes on top: one primary-key read). The statements are printed,
 * so that a run shows them.
 */
@DataJpaTest(showSql = false, properties = {
		"spring.datasource.url=${timeline.test.datasource-url:jdbc:h2:mem:statements-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=org.sinosoviet.timeline.event.PageStatementsTest$Recorder",
		"logging.level.root=warn", "spring.main.banner-mode=off" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ EventCatalog.class, DatasetVersion.class })
class PageStatementsTest {

	@Autowired
	private EventCatalog catalog;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void forgetStatements() {
		Recorder.statements.clear();
	}

	@Test
	void aPageCostsTheSameNumberOfStatementsHoweverManyEventsItHolds() {
		EventFilter everything = new EventCatalogJpaTest.Filter().build();
		catalog.check(everything);

		List<String> small = statementsOf(() -> catalog.find(everything, PageRequest.of(0, 5, EventSort.DATE.sort()),
				catalog.view(Representation::of)));
		entityManager.clear();
		List<String> large = statementsOf(() -> catalog.find(everything,
				PageRequest.of(0, 50, EventSort.DATE.sort()), catalog.view(Representation::of)));

		print("a page of 50 events not shown before", large);
		assertThat(large).hasSameSizeAs(small);
		assertThat(large).as("ids, count, the events with their era, one batch per collection shown").hasSize(8);
	}

	@Test
	void aPageOfEventsAlreadyShownCostsItsIdsAndItsCount() {
		EventView<Representation> view = catalog.view(Representation::of);
		EventFilter brezhnev = new EventCatalogJpaTest.Filter().era("brezhnev").build();
		catalog.find(brezhnev, PageRequest.of(0, 20, EventSort.DATE.sort()), view);
		entityManager.clear();

		List<String> again = statementsOf(
				() -> catalog.find(brezhnev, PageRequest.of(0, 20, EventSort.DATE.sort()), view));

		print("the same page again", again);
		assertThat(again).as("the names a filter may use are read once per version").hasSize(2);
		assertThat(again.get(0)).startsWith("select e1_0.id from event e1_0 where e1_0.era_id in (?)");
		assertThat(again.get(1)).startsWith("select count(");
	}

	@Test
	void aSearchAsksForWhatTheTrigramIndexesAnswer() {
		EventView<Representation> view = catalog.view(Representation::of);
		EventFilter search = new EventCatalogJpaTest.Filter().q("Treaty").build();
		catalog.find(search, PageRequest.of(0, 20, EventSort.DATE.sort()), view);

		List<String> again = statementsOf(() -> catalog.find(search, PageRequest.of(0, 20, EventSort.DATE.sort()), view));

		print("a search shown before", again);
		assertThat(again.get(0)).as("the expressions of db/postgresql/V12__search_index.sql, as they are indexed")
			.contains("lower(e1_0.title) like ", "lower(e1_0.summary) like ", "lower(e1_0.notes) like ");
	}

	@Test
	void anEventIsShownAnewOnceTheDatasetsVersionMoves() {
		EventView<String> titles = catalog.view(Event::getTitle);
		EventFilter first = new EventCatalogJpaTest.Filter().build();
		PageRequest one = PageRequest.of(0, 1, EventSort.DATE.sort());
		String before = catalog.find(first, one, titles).getContent().get(0);
		entityManager.createQuery("update Event e set e.title = concat(e.title, ' (corrected)')").executeUpdate();
		entityManager.clear();

		String sameVersion = catalog.find(first, one, titles).getContent().get(0);
		jdbc.update("update dataset_version set version = version + 1 where id = 1");
		String nextVersion = catalog.find(first, one, titles).getContent().get(0);

		assertThat(sameVersion).isEqualTo(before);
		assertThat(nextVersion).isEqualTo(before + " (corrected)");
	}

	private List<String> statementsOf(Runnable work) {
		Recorder.statements.clear();
		work.run();
		return List.copyOf(Recorder.statements);
	}

	private static void print(String what, List<String> statements) {
		System.out.println(what + ": " + statements.size() + " statements");
		statements.forEach(sql -> System.out.println("  " + sql));
	}

	/** An event as a page shows it: with everything linked to it, so that every collection is read. */
	record Representation(String slug, String era, List<String> actors, List<String> grievances,
			List<String> references, int alternatives, int sources) {

		static Representation of(Event event) {
			return new Representation(event.getSlug(), event.getEra().getSlug(),
					event.getParticipations().stream().map(part -> part.getActor().getSlug()).toList(),
					event.getGrievances().stream().map(grievance -> grievance.getSlug()).toList(),
					event.getCitations().stream().map(citation -> citation.getReference().getSlug()).toList(),
					event.getAlternatives().size(), event.getSources().size());
		}

	}

	/** Keeps the SQL Hibernate sends, in order. */
	public static final class Recorder implements StatementInspector {

		static final List<String> statements = new CopyOnWriteArrayList<>();

		@Override
		public String inspect(String sql) {
			statements.add(sql);
			return sql;
		}

	}

}
