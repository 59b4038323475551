package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.curation.DatasetVersion;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How an event filter becomes a query ({@link EventCatalog}, {@link EventSpecifications}), against the
 * dataset the migrations load, without the web layer: parameters combine with AND, the values of one
 * parameter with OR, an event matches once however many of its links match, and a page comes in the order
 * asked for. Every expected answer is derived a second way, from all events read with plain JPQL and
 * filtered here in Java.
 */
@DataJpaTest(showSql = false, properties = {
		"spring.datasource.url=${timeline.test.datasource-url:jdbc:h2:mem:catalog-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"logging.level.root=warn", "spring.main.banner-mode=off" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ EventCatalog.class, DatasetVersion.class })
class EventCatalogJpaTest {

	@Autowired
	private EventCatalog catalog;

	@Autowired
	private EntityManager entityManager;

	/** Every event, by the independent route. */
	private List<Event> all;

	/** Events as the catalog shows them here: by slug. */
	private EventView<String> slugs;

	@BeforeEach
	void readEveryEvent() {
		slugs = catalog.view(Event::getSlug);
		all = entityManager.createQuery("select e from Event e", Event.class).getResultList();
		assertThat(all).as("the migrations load the dataset").isNotEmpty();
	}

	@Test
	void anEraFilterFindsExactlyTheEventsOfThatEra() {
		assertThat(found(new Filter().era("khrushchev"))).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(expected(event -> eraOf(event).equals("khrushchev")));
	}

	@Test
	void theValuesOfOneParameterCombineWithOr() {
		List<String> khrushchev = found(new Filter().era("khrushchev"));
		List<String> brezhnev = found(new Filter().era("brezhnev"));

		assertThat(found(new Filter().era("khrushchev", "brezhnev"))).hasSize(khrushchev.size() + brezhnev.size())
			.containsExactlyInAnyOrderElementsOf(union(khrushchev, brezhnev));

		List<String> zhou = found(new Filter().actor("zhou-enlai"));
		List<String> khrushchevHimself = found(new Filter().actor("nikita-khrushchev"));
		assertThat(found(new Filter().actor("zhou-enlai", "nikita-khrushchev")))
			.containsExactlyInAnyOrderElementsOf(union(zhou, khrushchevHimself))
			.containsExactlyInAnyOrderElementsOf(expected(
					event -> actorsOf(event).contains("zhou-enlai") || actorsOf(event).contains("nikita-khrushchev")));
	}

	@Test
	void theTypesOfAnEraAddUpToTheEra() {
		int khrushchev = found(new Filter().era("khrushchev")).size();

		int byType = 0;
		for (EventType type : EventType.values()) {
			byType += found(new Filter().era("khrushchev").type(type)).size();
		}

		assertThat(byType).isEqualTo(khrushchev);
		assertThat(found(new Filter().era("khrushchev").type(EventType.values()))).hasSize(khrushchev);
	}

	@Test
	void differentParametersCombineWithAnd() {
		List<String> era = found(new Filter().era("khrushchev"));
		List<String> actor = found(new Filter().actor("zhou-enlai"));

		List<String> both = found(new Filter().era("khrushchev").actor("zhou-enlai"));

		assertThat(both).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(era.stream().filter(actor::contains).toList())
			.containsExactlyInAnyOrderElementsOf(
					expected(event -> eraOf(event).equals("khrushchev") && actorsOf(event).contains("zhou-enlai")));
		assertThat(both).as("a narrower answer than either filter alone, so that AND is told from OR")
			.hasSizeLessThan(era.size())
			.hasSizeLessThan(actor.size());
	}

	@Test
	void threeParametersNarrowTogether() {
		List<String> found = found(new Filter().era("brezhnev").type(EventType.BORDER_CLASH, EventType.WAR)
			.impact(ImpactLevel.WORSENED));

		assertThat(found).containsExactlyInAnyOrderElementsOf(expected(event -> eraOf(event).equals("brezhnev")
				&& (event.getType() == EventType.BORDER_CLASH || event.getType() == EventType.WAR)
				&& event.getImpact() < 0));
	}

	@Test
	void anEventMatchesOnceHoweverManyOfItsLinksMatch() {
		Filter eitherLeader = new Filter().actor("mao-zedong", "zhou-enlai");
		List<String> found = found(eitherLeader);

		assertThat(found).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					expected(event -> actorsOf(event).contains("mao-zedong") || actorsOf(event).contains("zhou-enlai")));
		assertThat(expected(event -> actorsOf(event).containsAll(List.of("mao-zedong", "zhou-enlai"))))
			.as("some events have both, so that a duplicate would show")
			.isNotEmpty();
		assertThat(catalog.find(eitherLeader.build(), PageRequest.of(0, 5, EventSort.DATE.sort()), slugs)
			.getTotalElements()).isEqualTo(found.size());
	}

	@Test
	void aCategoryFindsTheEventsEvidencingAnyGrievanceOfIt() {
		for (GrievanceCategory category : GrievanceCategory.values()) {
			List<String> grievances = entityManager
				.createQuery("select g.slug from Grievance g where g.category = :category", String.class)
				.setParameter("category", category)
				.getResultList();

			List<String> byCategory = found(new Filter().category(category));

			assertThat(byCategory).as(category.code())
				.containsExactlyInAnyOrderElementsOf(expected(event -> event.getGrievances()
					.stream()
					.map(Grievance::getCategory)
					.anyMatch(category::equals)));
			if (!grievances.isEmpty()) {
				assertThat(byCategory).as(category.code())
					.containsExactlyInAnyOrderElementsOf(found(new Filter().grievance(grievances.toArray(String[]::new))));
			}
		}
	}

	@Test
	void anImpactDirectionCoversItsScores() {
		assertThat(found(new Filter().impact(ImpactLevel.WORSENED)))
			.containsExactlyInAnyOrderElementsOf(found(new Filter().impact(ImpactLevel.MUCH_WORSE, ImpactLevel.WORSE)))
			.containsExactlyInAnyOrderElementsOf(expected(event -> event.getImpact() < 0));
		assertThat(found(new Filter().impact(ImpactLevel.IMPROVED)))
			.containsExactlyInAnyOrderElementsOf(expected(event -> event.getImpact() > 0));
	}

	@Test
	void aPeriodFindsTheEventsOverlappingIt() {
		HistoricalDate from = HistoricalDate.parse("1958");
		HistoricalDate to = HistoricalDate.parse("1962");

		assertThat(found(new Filter().from(from).to(to))).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(expected(event -> !event.getLastDay().isBefore(from.firstDay())
					&& !event.getStart().firstDay().isAfter(to.lastDay())));
	}

	@Test
	void searchIgnoresCaseAndTakesWildcardsLiterally() {
		assertThat(found(new Filter().q("SWIMMING"))).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(expected(event -> mentions(event, "swimming")));
		for (String wildcard : List.of("%", "_", "\\")) {
			assertThat(found(new Filter().q(wildcard))).as(wildcard)
				.containsExactlyInAnyOrderElementsOf(expected(event -> mentions(event, wildcard)))
				.hasSizeLessThan(all.size());
		}
	}

	@Test
	void aPageComesInDateOrderTiesBySlug() {
		Filter brezhnev = new Filter().era("brezhnev");
		List<String> chronological = all.stream()
			.filter(event -> eraOf(event).equals("brezhnev"))
			.sorted(Comparator.comparing((Event event) -> event.getStart().firstDay()).thenComparing(Event::getSlug))
			.map(Event::getSlug)
			.toList();
		assertThat(chronological).as("enough events for more than one page").hasSizeGreaterThan(10);

		Page<String> first = catalog.find(brezhnev.build(), PageRequest.of(0, 10, EventSort.DATE.sort()), slugs);
		Page<String> second = catalog.find(brezhnev.build(), PageRequest.of(1, 10, EventSort.DATE.sort()), slugs);

		assertThat(first.getContent()).containsExactlyElementsOf(chronological.subList(0, 10));
		assertThat(second.getContent())
			.containsExactlyElementsOf(chronological.subList(10, Math.min(20, chronological.size())));
		assertThat(first.getTotalElements()).isEqualTo(chronological.size());
	}

	@Test
	void theReverseOrderIsTheExactReverse() {
		Filter khrushchev = new Filter().era("khrushchev");
		List<String> forwards = catalog.findAll(khrushchev.build(), EventSort.DATE.sort(), slugs);

		List<String> backwards = catalog.findAll(khrushchev.build(), EventSort.DATE_DESCENDING.sort(), slugs);

		List<String> reversed = new ArrayList<>(forwards);
		Collections.reverse(reversed);
		assertThat(forwards).hasSizeGreaterThan(1);
		assertThat(backwards).containsExactlyElementsOf(reversed);
	}

	@Test
	void unknownSlugsAreRefusedAllAtOnceListingTheKnownOnes() {
		List<String> eras = entityManager
			.createQuery("select e.slug from Era e order by e.sequenceNo", String.class)
			.getResultList();

		InvalidValuesException refusal = catchThrowableOfType(InvalidValuesException.class,
				() -> catalog.check(new Filter().era("khruschev").actor("zhou-enlai", "no-such-actor").build()));

		assertThat(refusal).isNotNull();
		assertThat(refusal.values()).extracting(InvalidValue::name).containsExactly("era", "actor");
		assertThat(refusal.values().get(0).accepted()).containsExactlyElementsOf(eras);
		assertThat(refusal.values().get(1).reason()).contains("'no-such-actor'").doesNotContain("zhou-enlai");
	}

	private List<String> found(Filter filter) {
		return catalog.findAll(filter.build(), EventSort.DATE.sort(), slugs);
	}

	private List<String> expected(Predicate<Event> matches) {
		return all.stream().filter(matches).map(Event::getSlug).toList();
	}

	private static String eraOf(Event event) {
		return event.getEra().getSlug();
	}

	private static List<String> actorsOf(Event event) {
		return event.getParticipations().stream().map(part -> part.getActor().getSlug()).toList();
	}

	private static boolean mentions(Event event, String text) {
		return lower(event.getTitle()).contains(text) || lower(event.getSummary()).contains(text)
				|| lower(event.getNotes()).contains(text);
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> union = new LinkedHashSet<>(a);
		union.addAll(b);
		return List.copyOf(union);
	}

	/** An event filter built one parameter at a time, as a query string would be. */
	static final class Filter {

		private final List<String> era = new ArrayList<>();

		private final List<String> actor = new ArrayList<>();

		private final List<String> grievance = new ArrayList<>();

		private final List<GrievanceCategory> category = new ArrayList<>();

		private final List<EventType> type = new ArrayList<>();

		private final List<ImpactLevel> impact = new ArrayList<>();

		private HistoricalDate from;

		private HistoricalDate to;

		private String q;

		Filter era(String... slugs) {
			era.addAll(List.of(slugs));
			return this;
		}

		Filter actor(String... slugs) {
			actor.addAll(List.of(slugs));
			return this;
		}

		Filter grievance(String... slugs) {
			grievance.addAll(List.of(slugs));
			return this;
		}

		Filter category(GrievanceCategory... categories) {
			category.addAll(List.of(categories));
			return this;
		}

		Filter type(EventType... types) {
			type.addAll(List.of(types));
			return this;
		}

		Filter impact(ImpactLevel... levels) {
			impact.addAll(List.of(levels));
			return this;
		}

		Filter from(HistoricalDate date) {
			from = date;
			return this;
		}

		Filter to(HistoricalDate date) {
			to = date;
			return this;
		}

		Filter q(String words) {
			q = words;
			return this;
		}

		EventFilter build() {
			return new EventFilter(era, actor, grievance, category, type, from, to, q, impact, List.of());
		}

	}

}
