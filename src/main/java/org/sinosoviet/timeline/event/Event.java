package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.curation.Curated;
import org.sinosoviet.timeline.era.Era;
import org.sinosoviet.timeline.grievance.Grievance;

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
	private List<Citation> citations = new ArrayList<>();

	protected Event() {
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

	public List<Citation> getCitations() {
		return citations;
	}

}
