package org.sinosoviet.timeline.analysis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sinosoviet.timeline.analysis.RelationsTrend;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.web.EventRepresentation;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis")
class RelationsController {

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");

	private final RelationsTrend trend;

	private final EventCatalog events;

	private final Clock clock;

	RelationsController(RelationsTrend trend, EventCatalog events, Clock clock) {
		this.trend = trend;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/relations/trend")
	@Operation(operationId = "getRelationsTrend", summary = "The relationship year by year, 1949-1991",
			description = "One row per year, years without events included: `eventCount` counts events that start "
					+ "in the year, `netImpact` sums their impact, and `index` is the running sum of `netImpact` "
					+ "from 1949.")
	List<RelationsTrend.Year> trend() {
		return trend.years();
	}

	@GetMapping("/on-this-day")
	@Operation(operationId = "listEventsOnThisDay", summary = "Events on this day in any year",
			description = "Events dated to the day whose start falls on the given calendar day.")
	List<EventRepresentation> onThisDay(@Parameter(description = "A calendar day as MM-DD; today (UTC) if absent.",
			example = "03-02") @RequestParam(required = false) String date) {
		MonthDay day = date == null || date.isBlank() ? MonthDay.from(LocalDate.now(clock)) : parse(date.strip());
		return events.onDay(day, EventRepresentation::from);
	}

	static MonthDay parse(String text) {
		Matcher matcher = MONTH_DAY.matcher(text);
		if (matcher.matches()) {
			int month = Integer.parseInt(matcher.group(1));
			int day = Integer.parseInt(matcher.group(2));
			// A leap year, so that 02-29 is a day events can fall on.
			if (month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(2000, month, 1).lengthOfMonth()) {
				return MonthDay.of(month, day);
			}
			throw new InvalidValuesException(new InvalidValue("date", "'" + text + "' is not a day of the year"));
		}
		throw new InvalidValuesException(new InvalidValue("date",
				"'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "' is not of the form MM-DD"));
	}

}
