package org.sinosoviet.timeline.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.dataset.Era;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.dataset.Eras;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceRepository;
import org.sinosoviet.timeline.dataset.Reference;
import org.sinosoviet.timeline.dataset.ReferenceRepository;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;
import org.sinosoviet.timeline.failure.InvalidValuesException.Origin;
import org.sinosoviet.timeline.failure.NotFoundException;

import org.springframework.data.domain.AuditorAware;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curators' changes to events: create, replace and delete, each checked against the dataset (the
 * actors, grievances and documents it names must exist, its start must fall in an era), guarded by the
 * version the curator last saw, and recorded in the event's history.
 */
@Service
public class EventEditor implements Editor<EventDraft, Event> {

	private final EventRepository events;

	private final EventRevisionRepository revisions;

	private final EraRepository eras;

	private final ActorRepository actors;

	private final GrievanceRepository grievances;

	private final SourceDocumentRepository documents;

	private final ReferenceRepository works;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditorAware<String> curators;

	EventEditor(EventRepository events, EventRevisionRepository revisions, EraRepository eras,
			ActorRepository actors, GrievanceRepository grievances, SourceDocumentRepository documents,
			ReferenceRepository works, JsonMapper json, Clock clock, AuditorAware<String> curators) {
		this.curators = curators;
		this.events = events;
		this.revisions = revisions;
		this.eras = eras;
		this.actors = actors;
		this.grievances = grievances;
		this.documents = documents;
		this.works = works;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "event";
	}

	@Override
	public Optional<Event> find(String slug) {
		return events.findBySlug(slug);
	}

	@Override
	public EventDraft draftOf(Event event) {
		return EventDraft.of(event);
	}

	@Override
	public Event create(EventDraft draft) {
		References references = resolve(draft);
		Event event = Event.create(draft.slug());
		event.revise(draft, references.era(), references.actors(), references.grievances(), references.documents(),
				references.works());
		events.saveAndFlush(event);
		record(event, "created", event.getCreatedAt(), event.getCreatedBy(), diff(Map.of(), draft.fields()));
		return event;
	}

	@Override
	public void replace(Event event, EventDraft draft) {
		References references = resolve(draft);
		Map<String, Object> before = EventDraft.of(event).fields();
		event.revise(draft, references.era(), references.actors(), references.grievances(), references.documents(),
				references.works());
		events.flush();
		record(event, "updated", event.getUpdatedAt(), event.getUpdatedBy(), diff(before, draft.fields()));
	}

	@Override
	public void delete(Event event) {
		Map<String, Object> before = EventDraft.of(event).fields();
		events.delete(event);
		events.flush();
		record(event, "deleted", clock.instant(), curators.getCurrentAuditor().orElseThrow(), diff(before, Map.of()));
	}

	@Transactional(readOnly = true)
	public List<EventRevision> historyOf(String slug) {
		List<EventRevision> history = revisions.findByEventSlugOrderById(slug);
		if (history.isEmpty() && events.findBySlug(slug).isEmpty()) {
			throw new NotFoundException("event", slug);
		}
		return history;
	}

	/** Looks up everything the draft names, reporting every unknown name at once. */
	private References resolve(EventDraft draft) {
		List<InvalidValue> problems = new ArrayList<>();
		Eras all = new Eras(eras.findAllByOrderBySequenceNo());
		Optional<Era> era = all.containing(draft.start().firstDay());
		if (era.isEmpty()) {
			problems.add(new InvalidValue("start", "must fall between " + all.firstDay() + " and " + all.lastDay()
					+ ", the span of the timeline"));
		}
		if (draft.end() != null && draft.end().firstDay().isAfter(all.lastDay())) {
			problems.add(new InvalidValue("end", "must fall between " + all.firstDay() + " and " + all.lastDay()
					+ ", the span of the timeline"));
		}
		Map<String, Actor> knownActors = actors
			.findBySlugIn(draft.actors().stream().map(EventDraft.Part::actor).toList())
			.stream()
			.collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		List<String> actorSlugs = null;
		for (int i = 0; i < draft.actors().size(); i++) {
			if (!knownActors.containsKey(draft.actors().get(i).actor())) {
				if (actorSlugs == null) {
					actorSlugs = actors.findAll(Sort.by("slug")).stream().map(Actor::getSlug).toList();
				}
				problems.add(new InvalidValue("actors[" + i + "].slug",
						"unknown actor '" + draft.actors().get(i).actor() + "'", actorSlugs));
			}
		}
		Map<String, Grievance> knownGrievances = grievances.findBySlugIn(draft.grievances())
			.stream()
			.collect(Collectors.toMap(Grievance::getSlug, Function.identity()));
		for (int i = 0; i < draft.grievances().size(); i++) {
			if (!knownGrievances.containsKey(draft.grievances().get(i))) {
				problems.add(new InvalidValue("grievances[" + i + "]",
						"unknown grievance '" + draft.grievances().get(i) + "'",
						grievances.findAll(Sort.by("slug")).stream().map(Grievance::getSlug).toList()));
			}
		}
		Map<String, SourceDocument> knownDocuments = documents.findAll()
			.stream()
			.collect(Collectors.toMap(SourceDocument::getFileName, Function.identity()));
		for (int i = 0; i < draft.sources().size(); i++) {
			if (!knownDocuments.containsKey(draft.sources().get(i).document())) {
				problems.add(new InvalidValue("sources[" + i + "].document",
						"unknown source document '" + draft.sources().get(i).document() + "'",
						knownDocuments.keySet().stream().sorted().toList()));
			}
		}
		Map<String, Reference> knownWorks = works
			.findBySlugIn(draft.citations().stream().map(EventDraft.Cited::reference).toList())
			.stream()
			.collect(Collectors.toMap(Reference::getSlug, Function.identity()));
		for (int i = 0; i < draft.citations().size(); i++) {
			if (!knownWorks.containsKey(draft.citations().get(i).reference())) {
				problems.add(new InvalidValue("citations[" + i + "].reference",
						"unknown reference '" + draft.citations().get(i).reference() + "' (see /references)"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidValuesException(Origin.BODY, problems);
		}
		return new References(era.orElseThrow(),
				draft.actors().stream().map(part -> knownActors.get(part.actor())).toList(),
				draft.grievances()
					.stream()
					.map(knownGrievances::get)
					.collect(Collectors.toCollection(LinkedHashSet::new)),
				draft.sources().stream().map(source -> knownDocuments.get(source.document())).toList(),
				draft.citations().stream().map(cited -> knownWorks.get(cited.reference())).toList());
	}

	/** The event's history: a deletion is recorded as the version after the last one. */
	private void record(Event event, String action, Instant at, String curator, Map<String, Object> changes) {
		long version = action.equals("deleted") ? event.getVersion() + 1 : event.getVersion();
		revisions.save(new EventRevision(event.getSlug(), version, action, at, curator,
				json.writeValueAsString(changes)));
	}

	/** The fields whose values differ, each as {@code {"from": old, "to": new}}. */
	static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		LinkedHashSet<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		for (String name : names) {
			Object from = before.get(name);
			Object to = after.get(name);
			if (!Objects.equals(from, to)) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("from", from);
				change.put("to", to);
				changes.put(name, change);
			}
		}
		return changes;
	}

	private record References(Era era, List<Actor> actors, LinkedHashSet<Grievance> grievances,
			List<SourceDocument> documents, List<Reference> works) {
	}

}
