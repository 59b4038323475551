package org.sinosoviet.timeline.analysis;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.dataset.Eras;
import org.sinosoviet.timeline.event.EventRepository;
import org.sinosoviet.timeline.event.EventRepository.StartAndImpact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship year by year: how many events started in each year from 1949 to 1991, their summed
 * impact, and the running sum of that impact from 1949 (an index to chart).
 */
@Service
@Transactional(readOnly = true)
public class RelationsTrend {

	private final EventRepository events;

	private final EraRepository eras;

	RelationsTrend(EventRepository events, EraRepository eras) {
		this.events = events;
		this.eras = eras;
	}

	public List<Year> years() {
		Eras all = new Eras(eras.findAllByOrderBySequenceNo());
		return tally(all.firstDay().getYear(), all.lastDay().getYear(), events.findStartsAndImpacts());
	}

	static List<Year> tally(int firstYear, int lastYear, List<StartAndImpact> starts) {
		int span = lastYear - firstYear + 1;
		int[] counts = new int[span];
		int[] sums = new int[span];
		for (StartAndImpact start : starts) {
			int index = start.getStartOn().getYear() - firstYear;
			if (index >= 0 && index < span) {
				counts[index]++;
				sums[index] += start.getImpact();
			}
		}
		List<Year> years = new ArrayList<>(span);
		int running = 0;
		for (int i = 0; i < span; i++) {
			running += sums[i];
			years.add(new Year(firstYear + i, counts[i], sums[i], running));
		}
		return years;
	}

	/**
	 * @param year the calendar year
	 * @param eventCount events that start in the year, at any precision
	 * @param netImpact the sum of their impacts
	 * @param index the running sum of {@code netImpact} from the first year
	 */
	@JsonPropertyOrder({ "year", "eventCount", "netImpact", "index" })
	public record Year(int year, int eventCount, int netImpact, int index) {
	}

}
