package org.sinosoviet.timeline.event.web;

import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventView;
import org.sinosoviet.timeline.event.export.EventExports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ways events are shown, one view each, shared by every controller that shows events that way, so that an
 * event is rendered once per dataset version whichever resource shows it.
 */
@Configuration(proxyBeanMethods = false)
class EventViews {

	@Bean
	EventView<EventRepresentation> eventRepresentations(EventCatalog catalog) {
		return catalog.view(EventRepresentation::from);
	}

	@Bean
	EventView<CompactEvent> compactEvents(EventCatalog catalog) {
		return catalog.view(CompactEvent::from);
	}

	@Bean
	EventView<EventExports.Row> exportedEvents(EventCatalog catalog) {
		return catalog.view(EventExports.Row::of);
	}

}
