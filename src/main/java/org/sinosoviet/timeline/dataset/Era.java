package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.Side;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;

/**
 * One of the four contiguous periods of the relationship. Each era's start is the previous era's
 * end, and that boundary day belongs to the era it ends: Stalin died on 1953-03-05, so that day is
 * in the Stalin era and 1953-03-06 in the Khrushchev era.
 */
@Entity
@Table(name = "era")
public class Era {

	@Id
	private Long id;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "sequence_no", nullable = false)
	private int sequenceNo;

	@Column(name = "start_on", nullable = false)
	private LocalDate startOn;

	@Column(name = "start_precision", nullable = false)
	private Precision startPrecision;

	@Column(name = "end_on", nullable = false)
	private LocalDate endOn;

	@Column(name = "end_precision", nullable = false)
	private Precision endPrecision;

	@Column(nullable = false)
	private String summary;

	@ManyToMany
	@JoinTable(name = "era_leader", joinColumns = @JoinColumn(name = "era_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	@OrderColumn(name = "sequence_no")
	private List<Actor> leaders;

	protected Era() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public int getSequenceNo() {
		return sequenceNo;
	}

	public HistoricalDate getStart() {
		return HistoricalDate.of(startOn, startPrecision);
	}

	public HistoricalDate getEnd() {
		return HistoricalDate.of(endOn, endPrecision);
	}

	public String getSummary() {
		return summary;
	}

	public List<Actor> leadersOf(Side side) {
		return leaders.stream().filter(leader -> leader.getSide() == side).toList();
	}

	/**
	 * Whether something that starts on this day starts in this era. The first era also holds its own
	 * first day; every later era begins the day after the previous one ends.
	 */
	public boolean holds(LocalDate day, boolean first) {
		return (first ? !day.isBefore(startOn) : day.isAfter(startOn)) && !day.isAfter(endOn);
	}

}
