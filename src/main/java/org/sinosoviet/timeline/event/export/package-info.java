/**
 * The representations a list of events comes in besides JSON (CSV, GeoJSON, TimelineJS), used by the event
 * list and the timeline, and chosen by {@code Accept} or {@code format=}.
 */
package org.sinosoviet.timeline.event.export;
