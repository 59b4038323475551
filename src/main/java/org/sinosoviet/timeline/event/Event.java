package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.curation.Curated;
import org.sinosoviet.timeline.dataset.Era;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.Reference;

/**
 * Something that happened between 1949 and 1991, dated at the precision the record supports, with
 * its effect on Sino-Soviet relations, the actors who took part, the grievances it evidences and
 * the sources that support it.
 */
@Entity
@Table(name = "event")
public class Event extends Curated {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	private String description;

	@Column(name = "start_on", nullable = false)
	private LocalDate startOn;

	@Column(name = "start_precision", nullable = false)
	private Precision startPrecision;

	@Column(name = "end_on")
	private LocalDate endOn;

	@Column(name = "end_precision")
	private Precision endPrecision;

	@Column(name = "last_day", nullable = false)
	private LocalDate lastDay;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "era_id")
	private Era era;

	@Column(name = "event_type", nullable = false)
	private EventType type;

	@Column(nullable = false)
	private int impact;

	@Column(name = "impact_rationale")
	private String impactRationale;

	private boolean circa;

	@Embedded
	private Location location;

	private String notes;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequenceNo")
	private List<Participation> participations = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "event_grievance", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "grievance_id"))
	@OrderBy("slug")
	private Set<Grievance> grievances = new LinkedHashSet<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequenceNo")
	private List<SourceQuote> sources = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequenceNo")
	private List<EventCitation> citations = new ArrayList<>();

	@OneToMany(mappedBy = "event")
	@OrderBy("sequenceNo")
	private List<EventAlternative> alternatives = new ArrayList<>();

	@OneToMany(mappedBy = "event")
	@OrderBy("sequenceNo")
	private List<EventCorrection> corrections = new ArrayList<>();

	protected Event() {
	}

	/** A new event, empty until {@link #revise} gives it its content. */
	static Event create(String slug) {
		Event event = new Event();
		event.slug = slug;
		return event;
	}

	/**
	 * Gives the event its content, replacing what it had. The era must be the era its start falls in;
	 * links to actors and citations are kept where they are unchanged, so that a revision writes only
	 * what changed.
	 */
	void revise(EventDraft draft, Era era, List<Actor> actors, Set<Grievance> newGrievances,
			List<SourceDocument> documents, List<Reference> references) {
		HistoricalDate start = draft.start();
		HistoricalDate end = draft.end();
		if (end != null && end.firstDay().isBefore(start.firstDay())) {
			throw new IllegalArgumentException("end " + end + " is before start " + start);
		}
		if (draft.impact() < -2 || draft.impact() > 2) {
			throw new IllegalArgumentException("impact " + draft.impact() + " is outside -2..2");
		}
		this.title = draft.title();
		this.summary = draft.summary();
		this.description = draft.text();
		this.startOn = start.firstDay();
		this.startPrecision = start.precision();
		this.endOn = end == null ? null : end.firstDay();
		this.endPrecision = end == null ? null : end.precision();
		this.lastDay = (end == null ? start : end).lastDay();
		this.era = era;
		this.type = draft.type();
		this.impact = draft.impact();
		this.impactRationale = draft.impactRationale();
		this.circa = draft.circa();
		this.location = draft.location();
		this.notes = draft.notes();
		reviseParticipations(draft.actors(), actors);
		this.grievances.clear();
		this.grievances.addAll(newGrievances);
		reviseSources(draft.sources(), documents);
		reviseCitations(draft.citations(), references);
	}

	private void reviseParticipations(List<EventDraft.Part> parts, List<Actor> actors) {
		Map<String, Participation> existing = new HashMap<>();
		participations.forEach(participation -> existing.put(participation.getActor().getSlug(), participation));
		List<Participation> revised = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Participation participation = existing.remove(parts.get(i).actor());
			if (participation == null) {
				participation = new Participation(this, actors.get(i), i, parts.get(i).role());
			}
			else {
				participation.revise(i, parts.get(i).role());
			}
			revised.add(participation);
		}
		participations.retainAll(revised);
		revised.stream().filter(participation -> !participations.contains(participation)).forEach(participations::add);
		participations.sort(java.util.Comparator.comparingInt(Participation::getSequenceNo));
	}

	private void reviseSources(List<EventDraft.Source> revised, List<SourceDocument> documents) {
		for (int i = 0; i < revised.size(); i++) {
			EventDraft.Source source = revised.get(i);
			if (i < sources.size()) {
				sources.get(i).revise(documents.get(i), source.section(), source.quote());
			}
			else {
				sources.add(new SourceQuote(this, documents.get(i), i, source.section(), source.quote()));
			}
		}
		while (sources.size() > revised.size()) {
			sources.remove(sources.size() - 1);
		}
	}

	private void reviseCitations(List<EventDraft.Cited> revised, List<Reference> references) {
		for (int i = 0; i < revised.size(); i++) {
			if (i == citations.size()) {
				citations.add(new EventCitation(this, i));
			}
			EventDraft.Cited cited = revised.get(i);
			citations.get(i).revise(references.get(i), cited.locator(), cited.supports());
		}
		while (citations.size() > revised.size()) {
			citations.remove(citations.size() - 1);
		}
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getDescription() {
		return description;
	}

	public HistoricalDate getStart() {
		return HistoricalDate.of(startOn, startPrecision);
	}

	public HistoricalDate getEnd() {
		return endOn == null ? null : HistoricalDate.of(endOn, endPrecision);
	}

	/** The last day the event can denote: its end, or else its start, widened to its precision. */
	public LocalDate getLastDay() {
		return lastDay;
	}

	public Era getEra() {
		return era;
	}

	public EventType getType() {
		return type;
	}

	public int getImpact() {
		return impact;
	}

	public Location getLocation() {
		return location == null || location.name() == null ? null : location;
	}

	public String getNotes() {
		return notes;
	}

	public List<Participation> getParticipations() {
		return participations;
	}

	public Set<Grievance> getGrievances() {
		return grievances;
	}

	public List<SourceQuote> getSources() {
		return sources;
	}

	/** The works that support the event, in the order it cites them; never empty in the dataset. */
	public List<EventCitation> getCitations() {
		return citations;
	}

	/** Other values the record gives for the event's dates or figures, each with its reference. */
	public List<EventAlternative> getAlternatives() {
		return alternatives;
	}

	/** Where the event departs from the study notes, each with the work that shows it. */
	public List<EventCorrection> getCorrections() {
		return corrections;
	}

	/** Whether the record gives the event's date only approximately. */
	public boolean isCirca() {
		return circa;
	}

	/** Why the event has its impact, under the rubric; absent for an event a curator added without one. */
	public String getImpactRationale() {
		return impactRationale;
	}

}
